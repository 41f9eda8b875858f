//@ covers: several ready fds are all returned by one epoll_wait (pairs printed sorted by data)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

/// epoll_wait with `max` events, rendered with the (data, events) pairs sorted by data.
fn wait_sorted(ep: i32, max: i32, timeout: i32) -> String {
    let mut evs = [EpollEvent { events: 0, data: 0 }; 16];
    let n = unsafe { epoll_wait(ep, evs.as_mut_ptr(), max, timeout) };
    if n < 0 {
        return resi(n);
    }
    let mut v: Vec<(u64, u32)> = Vec::new();
    for i in 0..n as usize {
        let e = evs[i];
        v.push((e.data, e.events));
    }
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1].0 > v[j].0 {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out = format!("{}", n);
    for (d, ev) in v {
        out.push_str(&format!(" {}:{}", d, epoll_names(ev)));
    }
    out
}

fn main() {
    let ep = epc();
    let (r1, w1) = mkpipe();
    let (r2, w2) = mkpipe();
    let (a, b) = mksocketpair(0);
    let e = unsafe { eventfd(2, 0) };
    ep_add(ep, r1, EPOLLIN, 40);
    ep_add(ep, w1, EPOLLOUT, 10);
    ep_add(ep, r2, EPOLLIN, 30);
    ep_add(ep, a, EPOLLIN | EPOLLOUT, 20);
    ep_add(ep, e, EPOLLIN, 50);
    wr(w1, b"x");
    wr(b, b"y");
    unsafe { close(w2); }
    println!("{}", wait_sorted(ep, 16, 0));
    unsafe { close(r1); close(w1); close(r2); close(a); close(b); close(e); close(ep); }
}
