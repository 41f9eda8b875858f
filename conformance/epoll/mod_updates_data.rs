//@ covers: EPOLL_CTL_MOD replaces both the interest mask and the data of a registration
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn ctl(ep: i32, op: i32, fd: i32, events: u32, data: u64) -> String {
    let mut ev = EpollEvent { events, data };
    resi(unsafe { epoll_ctl(ep, op, fd, &mut ev) })
}

fn main() {
    let ep = epc();
    let (a, b) = mksocketpair(0);
    ep_add(ep, a, EPOLLOUT, 100);
    println!("wait {}", ep_wait(ep, 0));
    println!("mod {}", ctl(ep, EPOLL_CTL_MOD, a, EPOLLOUT, 200));
    println!("wait {}", ep_wait(ep, 0));
    println!("mod IN {}", ctl(ep, EPOLL_CTL_MOD, a, EPOLLIN, 300));
    println!("wait {}", ep_wait(ep, 0));
    wr(b, b"x");
    println!("wait {}", ep_wait(ep, 0));
    unsafe { close(a); close(b); close(ep); }
}
