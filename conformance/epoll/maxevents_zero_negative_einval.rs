//@ covers: epoll_wait with maxevents <= 0 or above INT_MAX/12 (EP_MAX_EVENTS) fails with EINVAL, even when blocking
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let ep = epc();
    let mut evs = [EpollEvent { events: 0, data: 0 }; 2];
    let p = evs.as_mut_ptr();
    println!("max 0 {}", resi(unsafe { epoll_wait(ep, p, 0, 0) }));
    println!("max -1 {}", resi(unsafe { epoll_wait(ep, p, -1, 0) }));
    println!("max -1 blocking {}", resi(unsafe { epoll_wait(ep, p, -1, -1) }));
    println!("max 178956971 {}", resi(unsafe { epoll_wait(ep, p, 178956971, 0) }));
    println!("max 1 {}", resi(unsafe { epoll_wait(ep, p, 1, 0) }));
    unsafe { close(ep); }
}
