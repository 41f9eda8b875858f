//@ covers: closing the only fd of a registered description removes it from the interest list: no more events
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn ctl(ep: i32, op: i32, fd: i32, events: u32, data: u64) -> String {
    let mut ev = EpollEvent { events, data };
    resi(unsafe { epoll_ctl(ep, op, fd, &mut ev) })
}

fn main() {
    let ep = epc();
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN, 1);
    wr(w, b"pending");
    println!("before close {}", ep_wait(ep, 0));
    unsafe { close(r); }
    println!("after close {}", ep_wait(ep, 0));
    println!("del closed fd {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    unsafe { close(w); close(ep); }
}
