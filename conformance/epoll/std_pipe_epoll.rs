//@ covers: epoll works on std::io::pipe raw fds: IN on data, HUP after the PipeWriter is dropped
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

use std::io::Write;
use std::os::fd::AsRawFd;
fn main() {
    let ep = epc();
    let (reader, mut writer) = std::io::pipe().unwrap();
    ep_add(ep, reader.as_raw_fd(), EPOLLIN, 11);
    ep_add(ep, writer.as_raw_fd(), EPOLLOUT, 22);
    writer.write_all(b"std").unwrap();
    println!("both {}", wait_sorted(ep, 8, 0));
    drop(writer);
    println!("writer dropped {}", wait_sorted(ep, 8, 0));
    unsafe { close(ep); }
    drop(reader);
}
