//@ covers: EPOLLONESHOT reports one event, then nothing (even on new data) until EPOLL_CTL_MOD re-arms it
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
    ep_add(ep, r, EPOLLIN | EPOLLONESHOT, 3);
    wr(w, b"a");
    println!("first {}", ep_wait(ep, 0));
    println!("second {}", ep_wait(ep, 0));
    wr(w, b"b");
    println!("after new data {}", ep_wait(ep, 0));
    println!("add again {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 3));
    println!("mod re-arm {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN | EPOLLONESHOT, 4));
    println!("after mod {}", ep_wait(ep, 0));
    println!("then {}", ep_wait(ep, 0));
    println!("mod without oneshot {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN, 5));
    println!("level {}", ep_wait(ep, 0));
    println!("level {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
