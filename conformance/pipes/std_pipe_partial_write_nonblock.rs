//@ covers: a std PipeWriter on a non-blocking fd: write of 100000 bytes returns Ok(65536), the next write Err(WouldBlock), and write_all fails with WouldBlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::Write;
use std::os::fd::AsRawFd;

fn main() {
    let (rd, mut wr) = std::io::pipe().unwrap();
    set_nonblock(wr.as_raw_fd(), true);
    let data = vec![b'w'; 100000];
    println!("write {:?}", wr.write(&data).map_err(|e| e.kind()));
    println!("write again {:?}", wr.write(&data).map_err(|e| e.kind()));
    println!("write_all {:?}", wr.write_all(b"abc").map_err(|e| e.kind()));
    println!("fionread {}", fionread(rd.as_raw_fd()));
}
