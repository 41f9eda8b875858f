//@ covers: std::fs::File::from_raw_fd on libc pipe ends: write/flush then read, and dropping the write File gives EOF to the reader
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::fs::File;

fn main() {
    let (r, w) = mkpipe();
    let mut fr = unsafe { File::from_raw_fd(r) };
    let mut fw = unsafe { File::from_raw_fd(w) };
    println!("write {:?}", fw.write(b"through File").map_err(|e| e.kind()));
    println!("flush {:?}", fw.flush().map_err(|e| e.kind()));
    drop(fw);
    let mut v = Vec::new();
    println!("read_to_end {:?}", fr.read_to_end(&mut v).map_err(|e| e.kind()));
    println!("data {:?}", String::from_utf8_lossy(&v));
    println!("fd {}", fr.as_raw_fd());
}
