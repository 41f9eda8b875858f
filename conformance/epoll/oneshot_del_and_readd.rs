//@ covers: a disabled EPOLLONESHOT registration can still be deleted and re-added
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
    ep_add(ep, r, EPOLLIN | EPOLLONESHOT, 1);
    wr(w, b"z");
    println!("fired {}", ep_wait(ep, 0));
    println!("disabled {}", ep_wait(ep, 0));
    println!("del {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    println!("add {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN | EPOLLONESHOT, 2));
    println!("fired again {}", ep_wait(ep, 0));
    println!("disabled again {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
