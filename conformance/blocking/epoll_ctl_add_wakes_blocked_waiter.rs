//@ covers: adding an already-readable fd with epoll_ctl wakes a thread blocked in epoll_wait(-1) on an empty interest list
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let ep = unsafe { epoll_create1(0) };
    let t = std::thread::spawn(move || ep_wait(ep, -1));
    nap(20);
    let (r, w) = mkpipe();
    write_all(w, b"ready");
    println!("add {}", ep_add(ep, r, EPOLLIN, 99));
    println!("epoll_wait {}", t.join().unwrap());
}
