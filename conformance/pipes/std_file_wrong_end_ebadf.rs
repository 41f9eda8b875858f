//@ covers: a File wrapping the read end of a pipe fails to write with EBADF, and one wrapping the write end fails to read with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::FromRawFd;
use std::fs::File;

fn main() {
    let (r, w) = mkpipe();
    let mut fr = unsafe { File::from_raw_fd(r) };
    let mut fw = unsafe { File::from_raw_fd(w) };
    let e = fr.write(b"x").unwrap_err();
    println!("write on read end {:?}", e);
    let mut buf = [0u8; 4];
    let e = fw.read(&mut buf).unwrap_err();
    println!("read on write end kind {:?} raw {:?}", e.kind(), e.raw_os_error());
}
