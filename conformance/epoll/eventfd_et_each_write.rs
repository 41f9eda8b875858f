//@ covers: an edge-triggered eventfd is reported again after every write, even without reading
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
    ep_add(ep, e, EPOLLIN | EPOLLET, 1);
    let v: u64 = 1;
    for i in 0..3 {
        unsafe { write(e, &v as *const u64 as *const _, 8); }
        println!("write {}: wait {} then {}", i, ep_wait(ep, 0), ep_wait(ep, 0));
    }
    let mut got: u64 = 0;
    unsafe { read(e, &mut got as *mut u64 as *mut _, 8); }
    println!("counter {}", got);
    println!("after read {}", ep_wait(ep, 0));
    unsafe { close(e); close(ep); }
}
