//@ covers: epoll_wait with an infinite timeout while every other thread waits too
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, _w) = mkpipe();
    let ep = unsafe { epoll_create1(0) };
    ep_add(ep, r, EPOLLIN, 1);
    let (r2, w2) = mkpipe();
    let t = std::thread::spawn(move || rds(r2, 1));
    println!("wait {}", ep_wait(ep, -1));
    wr(w2, b"x");
    t.join().unwrap();
}
