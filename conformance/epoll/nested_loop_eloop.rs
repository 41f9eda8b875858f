//@ covers: registering two epoll instances in each other is refused with ELOOP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let a = epc();
    let b = epc();
    println!("a watches b {}", resi(ep_add(a, b, EPOLLIN, 1)));
    println!("b watches a {}", resi(ep_add(b, a, EPOLLIN, 2)));
    let c = epc();
    println!("b watches c {}", resi(ep_add(b, c, EPOLLIN, 3)));
    println!("c watches a {}", resi(ep_add(c, a, EPOLLIN, 4)));
    unsafe { close(a); close(b); close(c); }
}
