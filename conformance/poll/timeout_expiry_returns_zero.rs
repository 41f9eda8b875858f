//@ covers: poll with a 10 ms timeout on a never-ready fd returns 0 after the timeout
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let mut p = PollFd { fd: r, events: POLLIN, revents: 0 };
    let n = unsafe { poll(&mut p, 1, 10) };
    println!("poll returned {} revents {:#x}", n, p.revents);
    let mut q = PollFd { fd: w, events: POLLIN, revents: 0 };
    let n = unsafe { poll(&mut q, 1, 5) };
    println!("write end, events IN: {} revents {:#x}", n, q.revents);
    unsafe { close(r); close(w); }
}
