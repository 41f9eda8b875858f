//@ covers: a never-opened fd among valid ones reports POLLNVAL and is included in the return count
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let mut fds = [
        PollFd { fd: r, events: POLLIN, revents: 0 },
        PollFd { fd: 999, events: POLLIN, revents: 0 },
        PollFd { fd: w, events: POLLOUT, revents: 0 },
        PollFd { fd: 500, events: 0, revents: 0 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 4, 0) };
    println!("poll returned {}", n);
    for p in fds.iter() {
        println!("fd {} revents {}", p.fd, poll_names(p.revents));
    }
    unsafe { close(r); close(w); }
}
