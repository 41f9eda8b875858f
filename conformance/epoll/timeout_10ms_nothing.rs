//@ covers: epoll_wait with a 10 ms timeout and nothing ready returns 0 (empty instance too)
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
    println!("empty instance {}", ep_wait(ep, 10));
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN, 1);
    ep_add(ep, w, EPOLLIN, 2);
    println!("not ready {}", ep_wait(ep, 10));
    unsafe { close(r); close(w); close(ep); }
}
