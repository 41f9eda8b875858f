//@ covers: epoll returns only the requested bits: a writable socket registered for EPOLLIN alone is not reported
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
    ep_add(ep, a, EPOLLIN, 1);
    println!("writable, IN interest {}", ep_wait(ep, 0));
    wr(b, b"x");
    println!("readable {}", ep_wait(ep, 0));
    let mut ev = EpollEvent { events: EPOLLOUT | EPOLLIN, data: 1 };
    unsafe { epoll_ctl(ep, EPOLL_CTL_MOD, a, &mut ev); }
    println!("IN|OUT interest {}", ep_wait(ep, 0));
    unsafe { close(a); close(b); close(ep); }
}
