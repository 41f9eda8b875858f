//@ covers: one socket polled twice with different event masks: each entry gets only its requested bits
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    wr(b, b"q");
    let mut fds = [
        PollFd { fd: a, events: POLLIN, revents: 0 },
        PollFd { fd: a, events: POLLOUT, revents: 0 },
        PollFd { fd: a, events: POLLPRI, revents: 0 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 3, 0) };
    println!("poll returned {}", n);
    for p in fds.iter() {
        println!("events {} -> {}", poll_names(p.events), poll_names(p.revents));
    }
    unsafe { close(a); close(b); }
}
