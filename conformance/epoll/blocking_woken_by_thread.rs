//@ covers: epoll_wait(-1) blocks until another thread writes to a registered pipe
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
    ep_add(ep, r, EPOLLIN, 77);
    let t = std::thread::spawn(move || {
        nap(20);
        wr(w, b"ping")
    });
    let got = ep_wait(ep, -1);
    let wrote = t.join().unwrap();
    println!("wait {}", got);
    println!("wrote {}", res(wrote));
    println!("read {}", rds(r, 10));
    unsafe { close(r); close(w); close(ep); }
}
