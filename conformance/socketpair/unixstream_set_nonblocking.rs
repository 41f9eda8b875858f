//@ covers: UnixStream::set_nonblocking(true): empty read fails with kind WouldBlock; false restores blocking
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::io::AsRawFd;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    b.set_nonblocking(true).unwrap();
    println!("getfl nonblock {}", getfl(b.as_raw_fd()) & O_NONBLOCK != 0);
    let mut buf = [0u8; 8];
    match b.read(&mut buf) {
        Ok(n) => println!("read ok {}", n),
        Err(e) => println!("read err {:?} {:?}", e.kind(), e.raw_os_error()),
    }
    a.write_all(b"now").unwrap();
    println!("read {:?}", b.read(&mut buf).map_err(|e| e.kind()));
    b.set_nonblocking(false).unwrap();
    println!("getfl nonblock {}", getfl(b.as_raw_fd()) & O_NONBLOCK != 0);
    println!("peer getfl nonblock {}", getfl(a.as_raw_fd()) & O_NONBLOCK != 0);
}
