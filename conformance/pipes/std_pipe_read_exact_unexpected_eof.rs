//@ covers: read_exact on a std PipeReader that reaches EOF before the buffer is full returns Err(UnexpectedEof)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, mut wr) = std::io::pipe().unwrap();
    wr.write_all(b"abc").unwrap();
    drop(wr);
    let mut two = [0u8; 2];
    println!("read_exact 2 {:?} {:?}", rd.read_exact(&mut two).map_err(|e| e.kind()), String::from_utf8_lossy(&two));
    let mut five = [0u8; 5];
    let e = rd.read_exact(&mut five).unwrap_err();
    println!("read_exact 5 kind {:?} raw {:?}", e.kind(), e.raw_os_error());
    println!("fionread {}", fionread(rd.as_raw_fd()));
}
