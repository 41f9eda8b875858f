//@ covers: epoll_wait with timeout -1 is woken by another thread's write to a registered pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let ep = unsafe { epoll_create1(0) };
    println!("add {}", ep_add(ep, r, EPOLLIN, 42));
    let t = std::thread::spawn(move || ep_wait(ep, -1));
    nap(20);
    write_all(w, b"go");
    println!("epoll_wait {}", t.join().unwrap());
}
