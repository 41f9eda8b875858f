//@ covers: edge-triggered epoll reports a pipe once per new write: write, wait 1, wait 0, write again, wait 1
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
    ep_add(ep, r, EPOLLIN | EPOLLET, 1);
    println!("empty {}", ep_wait(ep, 0));
    wr(w, b"one");
    println!("after write {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    wr(w, b"two");
    println!("after second write {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    println!("read {}", rds(r, 100));
    println!("after drain {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
