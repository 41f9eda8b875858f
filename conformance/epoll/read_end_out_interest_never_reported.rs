//@ covers: a pipe read end registered for EPOLLOUT never reports it; the write end never reports EPOLLIN
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
    ep_add(ep, r, EPOLLOUT, 1);
    ep_add(ep, w, EPOLLIN, 2);
    println!("empty {}", ep_wait(ep, 0));
    wr(w, b"abc");
    println!("with data {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
