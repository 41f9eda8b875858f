//@ covers: epoll_wait(-1) on an empty pipe read end is woken with EPOLLHUP when another thread closes the writer
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
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN | EPOLLET, 5);
    let t = std::thread::spawn(move || {
        nap(20);
        unsafe { close(w) }
    });
    let got = ep_wait(ep, -1);
    let c = t.join().unwrap();
    println!("wait {}", got);
    println!("close {}", c);
    println!("edge consumed {}", ep_wait(ep, 0));
    unsafe { close(r); close(ep); }
}
