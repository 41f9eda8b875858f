//@ covers: epoll_ctl whose epfd is a valid fd but not an epoll instance (pipe, eventfd) fails with EINVAL
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn ctl(ep: i32, op: i32, fd: i32, events: u32, data: u64) -> String {
    let mut ev = EpollEvent { events, data };
    resi(unsafe { epoll_ctl(ep, op, fd, &mut ev) })
}

fn main() {
    let (r, w) = mkpipe();
    let e = unsafe { eventfd(0, 0) };
    println!("epfd=pipe read end {}", ctl(r, EPOLL_CTL_ADD, w, EPOLLOUT, 1));
    println!("epfd=eventfd {}", ctl(e, EPOLL_CTL_ADD, r, EPOLLIN, 1));
    println!("epfd=pipe, fd closed {}", ctl(r, EPOLL_CTL_ADD, 900, EPOLLIN, 1));
    unsafe { close(r); close(w); close(e); }
}
