//@ covers: epoll_ctl ADD and MOD with a NULL event pointer fail with EFAULT; DEL accepts NULL
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
    let null = std::ptr::null_mut();
    println!("add NULL {}", resi(unsafe { epoll_ctl(ep, EPOLL_CTL_ADD, r, null) }));
    println!("add {}", resi(ep_add(ep, r, EPOLLIN, 5)));
    println!("mod NULL {}", resi(unsafe { epoll_ctl(ep, EPOLL_CTL_MOD, r, null) }));
    println!("del NULL {}", resi(unsafe { epoll_ctl(ep, EPOLL_CTL_DEL, r, null) }));
    wr(w, b"x");
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
