//@ covers: writev on an eventfd with two 4-byte iovecs (eventfd has no write_iter; records Linux's result)
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
    let v = 0x0000000500000007u64.to_ne_bytes();
    let iov = [
        IoVec { base: v[..4].as_ptr() as *mut c_void, len: 4 },
        IoVec { base: v[4..].as_ptr() as *mut c_void, len: 4 },
    ];
    println!("writev {}", res(unsafe { writev(fd, iov.as_ptr(), 2) }));
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
