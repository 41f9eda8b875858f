//@ covers: the write end of an empty pipe whose last reader is closed polls POLLOUT|POLLERR (no POLLHUP)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r); }
    let mut p = PollFd { fd: w, events: POLLOUT, revents: 0 };
    let n = unsafe { poll(&mut p, 1, 0) };
    println!("poll {} revents={:#x} {}", n, p.revents, poll_names(p.revents));
    println!("write {}", res(wr(w, b"x")));
    unsafe { close(w); }
}
