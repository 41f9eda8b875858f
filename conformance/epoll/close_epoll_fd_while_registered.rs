//@ covers: closing an epoll fd with registrations is fine; the watched fds stay usable and can join a new instance
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
    ep_add(ep, r, EPOLLIN, 1);
    println!("close ep {}", unsafe { close(ep) });
    wr(w, b"x");
    let ep2 = epc();
    println!("new epoll fd {}", ep2);
    println!("add {}", resi(ep_add(ep2, r, EPOLLIN, 2)));
    println!("wait {}", ep_wait(ep2, 0));
    println!("read {}", rds(r, 4));
    unsafe { close(r); close(w); close(ep2); }
}
