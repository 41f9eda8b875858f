//@ covers: dropping one UnixStream: the other reads Ok(0) and its write fails with BrokenPipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (a, mut b) = UnixStream::pair().unwrap();
    drop(a);
    let mut buf = [0u8; 8];
    println!("read {:?}", b.read(&mut buf).map_err(|e| e.kind()));
    match b.write_all(b"x") {
        Ok(()) => println!("write ok"),
        Err(e) => println!("write err {}", e),
    }
}
