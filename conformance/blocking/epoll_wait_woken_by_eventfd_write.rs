//@ covers: epoll_wait with timeout -1 on an eventfd registered for EPOLLIN is woken by a write
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let e = unsafe { eventfd(0, 0) };
    let ep = unsafe { epoll_create1(0) };
    ep_add(ep, e, EPOLLIN, 7);
    let t = std::thread::spawn(move || ep_wait(ep, -1));
    nap(20);
    let v = 9u64;
    unsafe { write(e, &v as *const u64 as *const _, 8) };
    println!("epoll_wait {}", t.join().unwrap());
}
