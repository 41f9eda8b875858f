//@ covers: adding an epoll fd to itself (epfd == fd) fails with EINVAL
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
    println!("add self {}", ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN, 1));
    println!("mod self {}", ctl(ep, EPOLL_CTL_MOD, ep, EPOLLIN, 1));
    println!("del self {}", ctl(ep, EPOLL_CTL_DEL, ep, 0, 0));
    unsafe { close(ep); }
}
