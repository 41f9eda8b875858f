//@ covers: EPOLLRDHUP (with EPOLLIN) is reported on a socketpair end after the peer shuts down writing
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
    let (a, b) = mksocketpair(0);
    ep_add(ep, b, EPOLLIN | EPOLLRDHUP, 2);
    println!("before {}", ep_wait(ep, 0));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("after {}", ep_wait(ep, 0));
    println!("still (level) {}", ep_wait(ep, 0));
    println!("read {}", rds(b, 8));
    unsafe { close(a); close(b); close(ep); }
}
