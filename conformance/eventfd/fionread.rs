//@ covers: ioctl FIONREAD on an eventfd is not supported (records Linux's errno)
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
    let fd = unsafe { eventfd(3, EFD_NONBLOCK) };
    let mut n: i32 = -7;
    let r = unsafe { ioctl(fd, FIONREAD, &mut n as *mut i32) };
    let e = errno();
    println!("ioctl {} errno {} {}", r, e, if e == 25 { "ENOTTY" } else { errno_name(e) });
    println!("n untouched {}", n);
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
