//@ covers: epoll_wait for EPOLLOUT on a full pipe blocks until a reader frees a page
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    fill(w);
    let ep = unsafe { epoll_create1(0) };
    ep_add(ep, w, EPOLLOUT, 5);
    println!("wait now {}", ep_wait(ep, 0));
    let t = std::thread::spawn(move || ep_wait(ep, -1));
    nap(20);
    let (n, _) = rd(r, 8192);
    println!("read {}", n);
    println!("epoll_wait {}", t.join().unwrap());
}
