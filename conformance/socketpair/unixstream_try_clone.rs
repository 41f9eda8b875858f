//@ covers: UnixStream::try_clone shares the socket: writes via the clone arrive; shutdown via one affects both
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::net::Shutdown;
use std::os::unix::io::AsRawFd;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    let mut a2 = a.try_clone().unwrap();
    println!("fds {} {} clone {}", a.as_raw_fd(), b.as_raw_fd(), a2.as_raw_fd());
    a.write_all(b"via a;").unwrap();
    a2.write_all(b"via clone").unwrap();
    let mut buf = [0u8; 64];
    let n = b.read(&mut buf).unwrap();
    println!("b read {:?}", String::from_utf8_lossy(&buf[..n]));
    a2.shutdown(Shutdown::Write).unwrap();
    println!("a write after clone shutdown {:?}", a.write(b"x").map_err(|e| e.kind()));
    println!("b read {:?}", b.read(&mut buf).map_err(|e| e.kind()));
    drop(a2);
    b.write_all(b"still open").unwrap();
    let n = a.read(&mut buf).unwrap();
    println!("a read {:?}", String::from_utf8_lossy(&buf[..n]));
}
