//@ covers: epoll_ctl with a closed or never-opened target fd fails with EBADF for ADD, MOD and DEL
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
    unsafe { close(r); }
    println!("add closed {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("mod closed {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN, 1));
    println!("del closed {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    println!("add 777 {}", ctl(ep, EPOLL_CTL_ADD, 777, EPOLLIN, 1));
    println!("add -1 {}", ctl(ep, EPOLL_CTL_ADD, -1, EPOLLIN, 1));
    unsafe { close(w); close(ep); }
}
