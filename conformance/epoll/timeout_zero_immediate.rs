//@ covers: epoll_wait with timeout 0 returns 0 at once when nothing is ready, and the ready count otherwise
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
    ep_add(ep, r, EPOLLIN, 1);
    println!("nothing ready {}", ep_wait(ep, 0));
    wr(w, b"x");
    println!("ready {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
