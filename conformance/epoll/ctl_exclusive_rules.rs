//@ covers: EPOLLEXCLUSIVE is accepted by ADD but rejected with EINVAL by MOD, with EPOLLONESHOT, or on an epoll target
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn epc() -> i32 {
    let ep = unsafe { epoll_create1(0) };
    assert!(ep >= 0);
    ep
}

fn ctl(ep: i32, op: i32, fd: i32, events: u32, data: u64) -> String {
    let mut ev = EpollEvent { events, data };
    resi(unsafe { epoll_ctl(ep, op, fd, &mut ev) })
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

const EPOLLEXCLUSIVE: u32 = 1 << 28;
fn main() {
    let ep = epc();
    let inner = epc();
    let (r, w) = mkpipe();
    println!("add excl {}", ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN | EPOLLEXCLUSIVE, 1));
    println!("mod excl item {}", ctl(ep, EPOLL_CTL_MOD, r, EPOLLIN, 1));
    println!("add excl|oneshot {}", ctl(ep, EPOLL_CTL_ADD, w, EPOLLOUT | EPOLLEXCLUSIVE | EPOLLONESHOT, 2));
    println!("add w {}", ctl(ep, EPOLL_CTL_ADD, w, EPOLLOUT, 2));
    println!("mod w to excl {}", ctl(ep, EPOLL_CTL_MOD, w, EPOLLOUT | EPOLLEXCLUSIVE, 2));
    println!("add excl epoll target {}", ctl(ep, EPOLL_CTL_ADD, inner, EPOLLIN | EPOLLEXCLUSIVE, 3));
    wr(w, b"x");
    println!("wait {}", wait_sorted(ep, 8, 0));
    unsafe { close(r); close(w); close(inner); close(ep); }
}
