//@ covers: EPOLL_CTL_MOD of an edge-triggered fd that is still ready re-reports it once
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
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN | EPOLLET, 1);
    wr(w, b"x");
    println!("wait {}", ep_wait(ep, 0));
    println!("wait {}", ep_wait(ep, 0));
    println!("mod {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN | EPOLLET, 2));
    println!("after mod {}", ep_wait(ep, 0));
    println!("again {}", ep_wait(ep, 0));
    unsafe { close(r); close(w); close(ep); }
}
