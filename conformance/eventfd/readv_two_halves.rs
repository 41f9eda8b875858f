//@ covers: readv on an eventfd with two 4-byte iovecs scatters the 8-byte counter across both
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
    println!("write {}", efd_write(fd, 0x1122334455667788));
    let mut a = [0u8; 4];
    let mut b = [0u8; 4];
    let iov = [
        IoVec { base: a.as_mut_ptr() as *mut c_void, len: 4 },
        IoVec { base: b.as_mut_ptr() as *mut c_void, len: 4 },
    ];
    let r = unsafe { readv(fd, iov.as_ptr(), 2) };
    println!("readv {}", res(r));
    println!("a {:?} b {:?}", a, b);
    println!("read {}", efd_read(fd));
    unsafe { close(fd) };
}
