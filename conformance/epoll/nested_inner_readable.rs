//@ covers: an epoll fd registered in another epoll becomes readable when the inner instance has ready events
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let outer = epc();
    let inner = epc();
    let (r, w) = mkpipe();
    ep_add(inner, r, EPOLLIN, 1);
    println!("add inner {}", resi(ep_add(outer, inner, EPOLLIN, 100)));
    println!("outer empty {}", ep_wait(outer, 0));
    wr(w, b"x");
    println!("outer {}", ep_wait(outer, 0));
    println!("outer again {}", ep_wait(outer, 0));
    println!("inner {}", ep_wait(inner, 0));
    println!("read {}", rds(r, 4));
    println!("outer drained {}", ep_wait(outer, 0));
    unsafe { close(r); close(w); close(inner); close(outer); }
}
