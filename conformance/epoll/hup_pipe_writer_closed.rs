//@ covers: EPOLLHUP is reported on a pipe read end after the last writer closes (with IN while data remains)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let ep = epc();
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN, 4);
    wr(w, b"last");
    unsafe { close(w); }
    println!("data + closed {}", ep_wait(ep, 0));
    println!("read {}", rds(r, 10));
    println!("drained {}", ep_wait(ep, 0));
    println!("blocking {}", ep_wait(ep, -1));
    unsafe { close(r); close(ep); }
}
