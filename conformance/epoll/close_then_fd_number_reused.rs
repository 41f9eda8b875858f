//@ covers: after a registered fd is closed, a new file reusing its number is not registered: MOD fails ENOENT, ADD succeeds
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
    unsafe { close(r); close(w); }
    let e = unsafe { eventfd(1, 0) };
    println!("eventfd reuses fd {} (old read end {})", e, r);
    println!("wait {}", ep_wait(ep, 0));
    println!("mod {}", ctl(ep, EPOLL_CTL_MOD, e, EPOLLIN, 2));
    println!("add {}", ctl(ep, EPOLL_CTL_ADD, e, EPOLLIN, 3));
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(e); close(ep); }
}
