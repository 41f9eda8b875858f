//@ covers: EPOLL_CTL_DEL of an fd that is not (or no longer) registered fails with ENOENT
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
    println!("del never added {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    println!("add {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("del {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    println!("del again {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    unsafe { close(r); close(w); close(ep); }
}
