//@ covers: poll on an epoll fd reports POLLIN exactly when the instance has ready events (never POLLOUT)
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
    println!("nothing ready {}", poll1(ep, POLLIN | POLLOUT, 0));
    wr(w, b"x");
    println!("ready {}", poll1(ep, POLLIN | POLLOUT, 0));
    println!("read {}", rds(r, 1));
    println!("drained {}", poll1(ep, POLLIN, 0));
    unsafe { close(r); close(w); close(ep); }
}
