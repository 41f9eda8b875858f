//@ covers: a nonblocking write that would take the counter past 0xfffffffffffffffe fails with EAGAIN
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
    println!("write fffe {}", efd_write(fd, 0xfffffffffffffffe));
    println!("write 1 {}", efd_write(fd, 1));
    println!("write 0 {}", efd_write(fd, 0));
    let mut v: u64 = 0;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut c_void, 8) };
    println!("read {} {:#x}", r, v);
    println!("write 1 after read {}", efd_write(fd, 1));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
