//@ covers: one fd registered in two epoll instances is reported by each, with each instance own data
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn main() {
    let e1 = epc();
    let e2 = epc();
    let (r, w) = mkpipe();
    ep_add(e1, r, EPOLLIN, 1);
    ep_add(e2, r, EPOLLIN | EPOLLET, 2);
    wr(w, b"x");
    println!("e1 {}", ep_wait(e1, 0));
    println!("e2 {}", ep_wait(e2, 0));
    println!("e1 again {}", ep_wait(e1, 0));
    println!("e2 again {}", ep_wait(e2, 0));
    unsafe { close(r); close(w); close(e1); close(e2); }
}
