//@ covers: the 64-bit epoll data is returned unchanged (all bits, including the high ones)
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
    let (r2, w2) = mkpipe();
    ep_add(ep, r, EPOLLIN, 0xdeadbeefcafebabe);
    ep_add(ep, w2, EPOLLOUT, u64::MAX);
    wr(w, b"x");
    let mut evs = [EpollEvent { events: 0, data: 0 }; 4];
    let n = unsafe { epoll_wait(ep, evs.as_mut_ptr(), 4, 0) };
    println!("n {}", n);
    let mut got: Vec<u64> = Vec::new();
    for i in 0..n as usize {
        let e = evs[i];
        got.push(e.data);
    }
    if got.len() == 2 && got[0] > got[1] {
        got.swap(0, 1);
    }
    for d in got.iter() {
        println!("data {:#x}", *d);
    }
    unsafe { close(r); close(w); close(r2); close(w2); close(ep); }
}
