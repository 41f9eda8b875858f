//@ covers: File::from_raw_fd on a raw pipe read end: read_to_end after the raw writer is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::fs::File;
use std::io::Read;
use std::os::fd::FromRawFd;

fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"raw bytes\n");
    write_all(w, &[0u8, 1, 2, 255]);
    unsafe { close(w) };
    let mut f = unsafe { File::from_raw_fd(r) };
    let mut buf = Vec::new();
    let n = f.read_to_end(&mut buf).unwrap();
    println!("read_to_end {}", n);
    println!("bytes {:?}", buf);
    let mut b2 = Vec::new();
    println!("again {}", f.read_to_end(&mut b2).unwrap());
}
