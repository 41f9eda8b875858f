//@ covers: read and write on a closed eventfd fail with EBADF; the fd number is reused
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
    let fd = unsafe { eventfd(1, 0) };
    println!("close {}", resi(unsafe { close(fd) }));
    println!("read {}", efd_read(fd));
    println!("write {}", efd_write(fd, 1));
    println!("close again {}", resi(unsafe { close(fd) }));
    let fd2 = unsafe { eventfd(2, 0) };
    println!("reused {}", fd2 == fd);
    println!("read {}", efd_read(fd2));
    unsafe { close(fd2) };
}
