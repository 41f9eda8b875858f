//@ covers: EPOLLERR (with EPOLLOUT while not full) is reported on a pipe write end after the last reader closes
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
    ep_add(ep, w, EPOLLOUT, 8);
    println!("open {}", ep_wait(ep, 0));
    unsafe { close(r); }
    println!("reader closed {}", ep_wait(ep, 0));
    println!("write {}", res(wr(w, b"x")));
    unsafe { close(w); close(ep); }
}
