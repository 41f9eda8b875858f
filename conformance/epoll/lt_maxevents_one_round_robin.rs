//@ covers: with maxevents 1 and several level-triggered ready fds, consecutive waits rotate through all of them
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
    let mut fds = Vec::new();
    for i in 0..3u64 {
        let (r, w) = mkpipe();
        wr(w, b"x");
        ep_add(ep, r, EPOLLIN, i + 1);
        fds.push((r, w));
    }
    let mut seen: Vec<u64> = Vec::new();
    for _ in 0..3 {
        let mut ev = [EpollEvent { events: 0, data: 0 }; 1];
        let n = unsafe { epoll_wait(ep, ev.as_mut_ptr(), 1, 0) };
        assert_eq!(n, 1);
        let e = ev[0];
        seen.push(e.data);
    }
    for i in 1..seen.len() {
        let mut j = i;
        while j > 0 && seen[j - 1] > seen[j] {
            seen.swap(j - 1, j);
            j -= 1;
        }
    }
    println!("three waits of 1 returned {:?}", seen);
    for (r, w) in fds {
        unsafe { close(r); close(w); }
    }
    unsafe { close(ep); }
}
