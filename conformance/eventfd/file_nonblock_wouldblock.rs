//@ covers: std File read on an empty EFD_NONBLOCK eventfd returns an error of kind WouldBlock
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

use std::fs::File;
use std::io::Read;
use std::os::unix::io::FromRawFd;

fn main() {
    let fd = unsafe { eventfd(0, EFD_NONBLOCK) };
    let mut f = unsafe { File::from_raw_fd(fd) };
    let mut b = [0u8; 8];
    match f.read(&mut b) {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("err kind {:?} code {:?}", e.kind(), e.raw_os_error()),
    }
    let mut small = [0u8; 4];
    match f.read(&mut small) {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("short err {:?}", e),
    }
}
