//@ covers: a poll with infinite timeout on an empty eventfd is woken by a write from another thread
//@ seeds: 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

fn efd_read(fd: i32) -> String {
    let mut v: u64 = 0;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut c_void, 8) };
    if r < 0 { res(r) } else { format!("{} value={}", r, v) }
}

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const c_void, 8) })
}

fn main() {
    let fd = unsafe { eventfd(0, EFD_NONBLOCK) };
    let t = std::thread::spawn(move || poll1(fd, POLLIN, -1));
    nap(20);
    let w = efd_write(fd, 2);
    let got = t.join().unwrap();
    println!("write {}", w);
    println!("poll {}", got);
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
