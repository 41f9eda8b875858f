//@ covers: std PipeWriter::write(&[]) and PipeReader::read(&mut []) return Ok(0) without blocking
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, mut wr) = std::io::pipe().unwrap();
    println!("write empty {:?}", wr.write(&[]).map_err(|e| e.kind()));
    let mut empty: [u8; 0] = [];
    println!("read empty {:?}", rd.read(&mut empty).map_err(|e| e.kind()));
    println!("fionread {}", fionread(rd.as_raw_fd()));
}
