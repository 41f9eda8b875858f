//@ covers: a read blocked on an eventfd with counter 0 is woken by a write and returns the written value, resetting the counter
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn efd_read(fd: i32) -> String {
    let mut v = 0u64;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut _, 8) };
    if r < 0 { res(r) } else { format!("{} value {:#x}", r, v) }
}

fn efd_write(fd: i32, v: u64) -> String {
    res(unsafe { write(fd, &v as *const u64 as *const _, 8) })
}

fn main() {
    let e = unsafe { eventfd(0, 0) };
    let t = std::thread::spawn(move || efd_read(e));
    nap(20);
    let w = efd_write(e, 7);
    let got = t.join().unwrap();
    println!("write {}", w);
    println!("blocked read {}", got);
    println!("poll after read {}", poll1(e, POLLIN, 0));
}
