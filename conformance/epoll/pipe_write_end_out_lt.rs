//@ covers: a pipe write end registered for EPOLLOUT is reported on every level-triggered wait while not full
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
    let (r, w) = mkpipe2(O_NONBLOCK);
    ep_add(ep, w, EPOLLIN | EPOLLOUT, 2);
    println!("empty {}", ep_wait(ep, 0));
    wr(w, &[1u8; 1000]);
    println!("1000 buffered {}", ep_wait(ep, 0));
    println!("filled {}", fill(w) + 1000);
    println!("full {}", ep_wait(ep, 0));
    println!("drained {}", drain(r));
    println!("empty again {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
