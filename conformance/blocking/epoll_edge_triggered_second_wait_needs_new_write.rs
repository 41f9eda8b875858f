//@ covers: with EPOLLET a thread's second epoll_wait(-1) stays blocked though data is unread, and is woken by the next write
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::mpsc::channel;

fn main() {
    let (r, w) = mkpipe();
    let ep = unsafe { epoll_create1(0) };
    ep_add(ep, r, EPOLLIN | EPOLLET, 3);
    let (tx, rx) = channel();
    let t = std::thread::spawn(move || {
        let first = ep_wait(ep, -1);
        tx.send(()).unwrap();
        let second = ep_wait(ep, -1);
        (first, second)
    });
    write_all(w, b"a");
    rx.recv().unwrap();
    nap(20);
    println!("unread {}", fionread(r));
    write_all(w, b"b");
    let (first, second) = t.join().unwrap();
    println!("first {}", first);
    println!("second {}", second);
    println!("data {}", rds(r, 8));
}
