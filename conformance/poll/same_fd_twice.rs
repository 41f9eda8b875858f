//@ covers: the same fd appearing twice in the array is reported in both entries and counted twice
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    wr(w, b"z");
    let mut fds = [
        PollFd { fd: r, events: POLLIN, revents: 0 },
        PollFd { fd: r, events: POLLIN, revents: 0 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 2, 0) };
    println!("poll returned {} revents {} {}", n, poll_names(fds[0].revents), poll_names(fds[1].revents));
    unsafe { close(r); close(w); }
}
