//@ covers: EPOLL_CTL_ADD of an fd already registered fails with EEXIST, keeping the first registration
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
    println!("add {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("add again {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 2));
    wr(w, b"x");
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
