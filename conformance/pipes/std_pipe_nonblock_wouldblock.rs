//@ covers: after setting O_NONBLOCK on a std PipeReader's fd, read on an empty pipe returns Err(WouldBlock) with errno 11
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, mut wr) = std::io::pipe().unwrap();
    set_nonblock(rd.as_raw_fd(), true);
    let mut buf = [0u8; 16];
    match rd.read(&mut buf) {
        Ok(n) => println!("unexpected Ok({})", n),
        Err(e) => println!("err kind {:?} raw {:?} msg {}", e.kind(), e.raw_os_error(), e),
    }
    wr.write_all(b"ready").unwrap();
    let n = rd.read(&mut buf).unwrap();
    println!("read {} {:?}", n, String::from_utf8_lossy(&buf[..n]));
}
