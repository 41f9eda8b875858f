//@ covers: std UnixStream::pair: write_all on one end, read on the other, both directions
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::io::AsRawFd;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    println!("fds {} {}", a.as_raw_fd(), b.as_raw_fd());
    println!("cloexec {}", unsafe { fcntl(a.as_raw_fd(), F_GETFD) });
    a.write_all(b"request").unwrap();
    let mut buf = [0u8; 32];
    let n = b.read(&mut buf).unwrap();
    println!("b read {} {:?}", n, std::str::from_utf8(&buf[..n]).unwrap());
    println!("b write {:?}", b.write(b"response").map_err(|e| e.kind()));
    let mut got = [0u8; 8];
    a.read_exact(&mut got).unwrap();
    println!("a read {:?}", String::from_utf8_lossy(&got));
}
