//@ covers: poll over several fds returns the number of entries with nonzero revents
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r1, w1) = mkpipe();
    let (r2, w2) = mkpipe();
    let (r3, w3) = mkpipe();
    wr(w1, b"one");
    unsafe { close(w3); }
    let mut fds = [
        PollFd { fd: r1, events: POLLIN, revents: 0 },
        PollFd { fd: r2, events: POLLIN, revents: 0 },
        PollFd { fd: r3, events: POLLIN, revents: 0 },
        PollFd { fd: w2, events: POLLOUT, revents: 0 },
        PollFd { fd: w1, events: POLLIN, revents: 0 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 5, 0) };
    println!("poll returned {}", n);
    for i in 0..fds.len() {
        println!("[{}] fd {} {}", i, fds[i].fd, poll_names(fds[i].revents));
    }
    unsafe { close(r1); close(w1); close(r2); close(w2); close(r3); }
}
