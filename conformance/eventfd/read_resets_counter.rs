//@ covers: a non-semaphore read returns the whole counter and resets it to zero
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
    let fd = unsafe { eventfd(5, EFD_NONBLOCK) };
    println!("read {}", efd_read(fd));
    println!("read after reset {}", efd_read(fd));
    println!("write {}", efd_write(fd, 9));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
