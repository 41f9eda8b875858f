//@ covers: epoll_ctl with a closed or never-opened epfd fails with EBADF
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
    let (r, w) = mkpipe();
    let ep = epc();
    unsafe { close(ep); }
    println!("closed epfd {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("epfd 999 {}", ctl(999, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("epfd -1 {}", ctl(-1, EPOLL_CTL_DEL, r, 0, 0));
    unsafe { close(r); close(w); }
}
