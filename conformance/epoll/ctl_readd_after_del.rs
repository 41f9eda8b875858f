//@ covers: an fd can be re-added after DEL, with new events and data
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
    let (a, b) = mksocketpair(0);
    println!("add {}", ctl(ep, EPOLL_CTL_ADD, a, EPOLLOUT, 1));
    println!("wait {}", ep_wait(ep, 0));
    println!("del {}", ctl(ep, EPOLL_CTL_DEL, a, 0, 0));
    println!("re-add {}", ctl(ep, EPOLL_CTL_ADD, a, EPOLLIN, 2));
    println!("wait (IN only, no data) {}", ep_wait(ep, 0));
    wr(b, b"hi");
    println!("wait after send {}", ep_wait(ep, 0));
    unsafe { close(a); close(b); close(ep); }
}
