//@ covers: level-triggered epoll reports a readable pipe on every wait until it is drained
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
    ep_add(ep, r, EPOLLIN, 7);
    println!("empty {}", ep_wait(ep, 0));
    wr(w, b"abcdef");
    for i in 0..3 {
        println!("wait {} {}", i, ep_wait(ep, 0));
    }
    println!("read {}", rds(r, 3));
    println!("partially read {}", ep_wait(ep, 0));
    println!("read {}", rds(r, 3));
    println!("drained {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
