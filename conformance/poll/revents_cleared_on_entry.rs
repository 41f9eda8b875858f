//@ covers: poll overwrites garbage revents: non-ready entries come back with revents 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let mut fds = [
        PollFd { fd: r, events: POLLIN, revents: -1 },
        PollFd { fd: w, events: POLLOUT, revents: 0x3f },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 2, 0) };
    println!("poll returned {}", n);
    println!("r revents {:#x}", fds[0].revents);
    println!("w revents {:#x}", fds[1].revents);
    unsafe { close(r); close(w); }
}
