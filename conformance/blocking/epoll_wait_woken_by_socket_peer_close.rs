//@ covers: epoll_wait with timeout -1 on a socket is woken when the peer closes, reporting the hang-up bits
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let ep = unsafe { epoll_create1(0) };
    ep_add(ep, a, EPOLLIN | EPOLLRDHUP, 1);
    let t = std::thread::spawn(move || ep_wait(ep, -1));
    nap(20);
    unsafe { close(b) };
    println!("epoll_wait {}", t.join().unwrap());
}
