//@ covers: a libc dup of a std PipeWriter's fd keeps the pipe open after the PipeWriter is dropped: non-blocking read gives WouldBlock until the dup is closed, then Ok(0)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::Read;
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, wr) = std::io::pipe().unwrap();
    let d = unsafe { dup(wr.as_raw_fd()) };
    drop(wr);
    set_nonblock(rd.as_raw_fd(), true);
    let mut buf = [0u8; 8];
    println!("read with dup open {:?}", rd.read(&mut buf).map_err(|e| e.kind()));
    println!("write via dup {}", res(sys::wr(d, b"dup")));
    println!("read {:?}", rd.read(&mut buf).map_err(|e| e.kind()));
    unsafe { close(d) };
    println!("read after dup closed {:?}", rd.read(&mut buf).map_err(|e| e.kind()));
}
