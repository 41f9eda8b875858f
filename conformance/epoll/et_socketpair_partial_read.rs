//@ covers: edge-triggered epoll on a socketpair: a partial recv does not re-report; a new send does (recorded)
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
    ep_add(ep, a, EPOLLIN | EPOLLET, 9);
    wr(b, b"0123456789");
    println!("wait {}", ep_wait(ep, 0));
    println!("read {}", rds(a, 4));
    println!("after partial read {}", ep_wait(ep, 0));
    wr(b, b"more");
    println!("after send {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    unsafe { close(a); close(b); close(ep); }
}
