//@ covers: epoll on UnixStream::pair raw fds: dropping one stream gives IN|HUP|RDHUP on the other
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
fn main() {
    let ep = epc();
    let (a, b) = UnixStream::pair().unwrap();
    ep_add(ep, b.as_raw_fd(), EPOLLIN | EPOLLRDHUP, 1);
    println!("fresh {}", ep_wait(ep, 0));
    drop(a);
    println!("peer dropped {}", ep_wait(ep, 0));
    unsafe { close(ep); }
}
