//@ covers: epoll with EPOLLRDHUP reports IN|RDHUP after the peer's shutdown(SHUT_WR) and HUP after close
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let ep = unsafe { epoll_create1(0) };
    println!("add {}", resi(ep_add(ep, b, EPOLLIN | EPOLLRDHUP, 9)));
    println!("wait {}", ep_wait(ep, 0));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(a) };
    println!("wait after close {}", ep_wait(ep, 0));
    unsafe {
        close(ep);
        close(b);
    }
}
