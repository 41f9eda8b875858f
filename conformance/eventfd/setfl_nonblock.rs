//@ covers: F_SETFL O_NONBLOCK on a blocking eventfd makes an empty read fail with EAGAIN
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
    let fd = unsafe { eventfd(0, 0) };
    set_nonblock(fd, true);
    println!("getfl nonblock {}", getfl(fd) & O_NONBLOCK != 0);
    println!("read {}", efd_read(fd));
    println!("write {}", efd_write(fd, 2));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
