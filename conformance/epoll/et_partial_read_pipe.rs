//@ covers: edge-triggered epoll on a pipe: a partial read with data left does not re-report the read end
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
    ep_add(ep, r, EPOLLIN | EPOLLET, 1);
    wr(w, b"0123456789");
    println!("wait {}", ep_wait(ep, 0));
    println!("wait {}", ep_wait(ep, 0));
    println!("read {}", rds(r, 5));
    println!("after partial read {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    println!("read {}", rds(r, 5));
    println!("after full drain {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
