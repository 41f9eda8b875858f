//@ covers: a dup of an eventfd shares the counter: write via one, read via the other
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
    let d = unsafe { dup(fd) };
    println!("fds {} {}", fd, d);
    println!("write via fd {}", efd_write(fd, 4));
    println!("write via dup {}", efd_write(d, 6));
    println!("read via dup {}", efd_read(d));
    println!("read via fd {}", efd_read(fd));
    unsafe { close(fd) };
    println!("write via dup after close {}", efd_write(d, 1));
    println!("read via dup {}", efd_read(d));
    unsafe { close(d) };
}
