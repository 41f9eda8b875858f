//@ covers: F_SETPIPE_SZ through a std PipeWriter's raw fd changes how many bytes a non-blocking PipeWriter::write accepts
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::Write;
use std::os::fd::AsRawFd;

fn main() {
    let (rd, mut wr) = std::io::pipe().unwrap();
    println!("setpipe_sz {}", resi(unsafe { fcntl(wr.as_raw_fd(), F_SETPIPE_SZ, 8192) }));
    set_nonblock(wr.as_raw_fd(), true);
    let data = vec![b's'; 20000];
    println!("write {:?}", wr.write(&data).map_err(|e| e.kind()));
    println!("write {:?}", wr.write(&data).map_err(|e| e.kind()));
    println!("fionread {}", fionread(rd.as_raw_fd()));
}
