//@ covers: epoll_wait(-1) on an eventfd wakes when another thread writes to it
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
    let e = unsafe { eventfd(0, 0) };
    ep_add(ep, e, EPOLLIN, 0xe);
    let t = std::thread::spawn(move || {
        nap(20);
        let v: u64 = 5;
        unsafe { write(e, &v as *const u64 as *const _, 8) }
    });
    let got = ep_wait(ep, -1);
    let wrote = t.join().unwrap();
    println!("wait {}", got);
    println!("wrote {}", res(wrote));
    unsafe { close(e); close(ep); }
}
