//@ covers: read_exact on an empty pipe with no writer fails with UnexpectedEof; read_exact of 0 bytes succeeds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::fs::File;
use std::io::Read;
use std::os::fd::FromRawFd;

fn main() {
    let (r, w) = mkpipe();
    unsafe { close(w) };
    let mut f = unsafe { File::from_raw_fd(r) };
    let mut empty = [0u8; 0];
    println!("zero {:?}", f.read_exact(&mut empty).is_ok());
    let mut one = [0u8; 1];
    match f.read_exact(&mut one) {
        Ok(()) => println!("ok"),
        Err(e) => println!("err {:?}: {}", e.kind(), e),
    }
}
