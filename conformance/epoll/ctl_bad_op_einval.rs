//@ covers: epoll_ctl with an unknown op fails with EINVAL
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
    println!("op 0 {}", ctl(ep, 0, r, EPOLLIN, 1));
    println!("op 4 {}", ctl(ep, 4, r, EPOLLIN, 1));
    println!("op -1 {}", ctl(ep, -1, r, EPOLLIN, 1));
    println!("op ADD {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    unsafe { close(r); close(w); close(ep); }
}
