//@ covers: writes are accepted exactly up to counter 0xfffffffffffffffe and rejected one past it
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
    let fd = unsafe { eventfd(10, EFD_NONBLOCK) };
    println!("write {}", efd_write(fd, 0xfffffffffffffff0));
    println!("write 5 {}", efd_write(fd, 5));
    println!("write 4 {}", efd_write(fd, 4));
    println!("write 1 {}", efd_write(fd, 1));
    let mut v: u64 = 0;
    let r = unsafe { read(fd, &mut v as *mut u64 as *mut c_void, 8) };
    println!("read {} {:#x}", r, v);
    unsafe { close(fd) };
}
