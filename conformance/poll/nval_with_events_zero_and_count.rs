//@ covers: POLLNVAL is reported for closed fds even with events 0, counted alongside ready fds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(w); }
    let mut fds = [
        PollFd { fd: w, events: 0, revents: 0 },
        PollFd { fd: r, events: POLLIN, revents: 0 },
        PollFd { fd: -1, events: 0, revents: 0 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 3, 0) };
    println!("poll returned {}", n);
    for p in fds.iter() {
        println!("fd {} {}", p.fd, poll_names(p.revents));
    }
    unsafe { close(r); }
}
