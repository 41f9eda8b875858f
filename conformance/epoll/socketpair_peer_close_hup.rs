//@ covers: when the socketpair peer is closed, epoll reports IN|HUP|RDHUP (and OUT if asked) on the remaining end
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
    let (a, b) = mksocketpair(0);
    let c = unsafe { dup(b) };
    ep_add(ep, b, EPOLLIN | EPOLLRDHUP, 1);
    ep_add(ep, c, EPOLLIN | EPOLLOUT | EPOLLRDHUP, 2);
    println!("before {}", wait_sorted(ep, 8, 0));
    unsafe { close(a); }
    println!("after {}", wait_sorted(ep, 8, 0));
    unsafe { close(b); close(c); close(ep); }
}
