//@ covers: maxevents caps how many events one epoll_wait returns; edge-triggered leftovers come in the next call
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
        ep_add(ep, r, EPOLLIN | EPOLLET, i + 1);
        fds.push((r, w));
    }
    let mut seen: Vec<u64> = Vec::new();
    for call in 0..3 {
        let mut evs = [EpollEvent { events: 0, data: 0 }; 4];
        let n = unsafe { epoll_wait(ep, evs.as_mut_ptr(), 2, 0) };
        println!("call {} returned {}", call, n);
        for i in 0..n as usize {
            let e = evs[i];
            seen.push(e.data);
        }
    }
    for i in 1..seen.len() {
        let mut j = i;
        while j > 0 && seen[j - 1] > seen[j] {
            seen.swap(j - 1, j);
            j -= 1;
        }
    }
    println!("all seen {:?}", seen);
    for (r, w) in fds {
        unsafe { close(r); close(w); }
    }
    unsafe { close(ep); }
}
