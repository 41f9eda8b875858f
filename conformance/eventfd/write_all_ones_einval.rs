//@ covers: writing 0xffffffffffffffff to an eventfd fails with EINVAL and leaves the counter unchanged
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
    let fd = unsafe { eventfd(4, EFD_NONBLOCK) };
    println!("write max {}", efd_write(fd, 0xffffffffffffffff));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
