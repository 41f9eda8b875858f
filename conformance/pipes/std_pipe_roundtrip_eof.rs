//@ covers: std::io::pipe: bytes written with write_all are read back by read_to_string, which stops at EOF once the writer is dropped
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, mut wr) = std::io::pipe().unwrap();
    wr.write_all(b"hello ").unwrap();
    wr.write_all(b"std pipe").unwrap();
    println!("fionread {}", fionread(rd.as_raw_fd()));
    drop(wr);
    let mut s = String::new();
    let n = rd.read_to_string(&mut s).unwrap();
    println!("read_to_string {} {:?}", n, s);
    let mut buf = [0u8; 8];
    println!("read after eof {:?}", rd.read(&mut buf).map_err(|e| e.kind()));
}
