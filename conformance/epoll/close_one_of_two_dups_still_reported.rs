//@ covers: closing one of two dups keeps the registration alive (still reported under the old data); DEL by either fd number then fails
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

fn main() {
    let ep = epc();
    let (r, w) = mkpipe();
    ep_add(ep, r, EPOLLIN, 1);
    let r2 = unsafe { dup(r) };
    println!("dup {}", r2);
    unsafe { close(r); }
    wr(w, b"x");
    println!("after closing original {}", ep_wait(ep, 0));
    println!("del old fd number {}", ctl(ep, EPOLL_CTL_DEL, r, 0, 0));
    println!("del dup {}", ctl(ep, EPOLL_CTL_DEL, r2, 0, 0));
    println!("add dup {}", ctl(ep, EPOLL_CTL_ADD, r2, EPOLLIN, 2));
    println!("both registrations {}", wait_sorted(ep, 8, 0));
    unsafe { close(r2); }
    println!("after closing dup {}", ep_wait(ep, 0));
    unsafe { close(w); close(ep); }
}
