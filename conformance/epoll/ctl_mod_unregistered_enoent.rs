//@ covers: EPOLL_CTL_MOD of an fd that is not registered fails with ENOENT
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
    println!("mod {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN, 1));
    println!("add w {}", ctl(ep, EPOLL_CTL_ADD, w, EPOLLOUT, 2));
    println!("mod r still {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN, 1));
    println!("mod w {}", ctl(ep, EPOLL_CTL_MOD, w, EPOLLOUT, 3));
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
