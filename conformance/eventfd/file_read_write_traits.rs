//@ covers: std File::from_raw_fd on an eventfd: write_all of 8 bytes and read_exact into [u8; 8]
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
use std::io::{Read, Write};
use std::os::unix::io::{AsRawFd, FromRawFd};

fn main() {
    let fd = unsafe { eventfd(1, 0) };
    let mut f = unsafe { File::from_raw_fd(fd) };
    println!("raw fd {}", f.as_raw_fd());
    f.write_all(&41u64.to_ne_bytes()).unwrap();
    println!("write returned {:?}", f.write(&2u64.to_ne_bytes()).map_err(|e| e.kind()));
    let mut b = [0u8; 8];
    f.read_exact(&mut b).unwrap();
    println!("value {}", u64::from_ne_bytes(b));
    println!("short write {:?}", f.write(&[1u8, 2, 3]).map_err(|e| e.raw_os_error()));
    drop(f);
    println!("read after drop {}", efd_read(fd));
}
