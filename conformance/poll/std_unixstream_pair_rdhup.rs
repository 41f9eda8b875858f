//@ covers: through UnixStream::pair: dropping one stream makes the other poll IN|HUP|RDHUP with its raw fd
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
fn main() {
    let (mut a, b) = UnixStream::pair().unwrap();
    let fb = b.as_raw_fd();
    println!("fresh {}", poll1(fb, POLLIN | POLLRDHUP, 0));
    a.write_all(b"x").unwrap();
    println!("data {}", poll1(fb, POLLIN | POLLRDHUP, 0));
    drop(a);
    println!("peer dropped {}", poll1(fb, POLLIN | POLLRDHUP, 0));
}
