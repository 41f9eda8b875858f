//@ covers: a level-triggered eventfd in epoll: OUT always, IN while the counter is nonzero
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
    let e = unsafe { eventfd(0, EFD_NONBLOCK) };
    ep_add(ep, e, EPOLLIN | EPOLLOUT, 6);
    println!("counter 0 {}", ep_wait(ep, 0));
    let v: u64 = 9;
    unsafe { write(e, &v as *const u64 as *const _, 8); }
    println!("counter 9 {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    let mut got: u64 = 0;
    println!("read {}", res(unsafe { read(e, &mut got as *mut u64 as *mut _, 8) }));
    println!("value {} wait {}", got, ep_wait(ep, 0));
    unsafe { close(e); close(ep); }
}
