//@ covers: after EPOLL_CTL_DEL a ready fd is no longer reported
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
    ep_add(ep, r, EPOLLIN, 10);
    wr(w, b"data");
    println!("before del {}", ep_wait(ep, 0));
    let mut ev = EpollEvent { events: 0, data: 0 };
    println!("del {}", resi(unsafe { epoll_ctl(ep, EPOLL_CTL_DEL, r, &mut ev) }));
    println!("after del {}", ep_wait(ep, 0));
    println!("fd still readable {}", poll1(r, POLLIN, 0));
    unsafe { close(r); close(w); close(ep); }
}
