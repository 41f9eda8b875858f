//@ covers: a negative fd in the poll array is ignored: revents is set to 0 and it is not counted
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    wr(w, b"d");
    let mut fds = [
        PollFd { fd: -1, events: POLLIN | POLLOUT, revents: 0x7fff },
        PollFd { fd: r, events: POLLIN, revents: 0 },
        PollFd { fd: -5, events: POLLIN, revents: 0x1234 },
    ];
    let n = unsafe { poll(fds.as_mut_ptr(), 3, 0) };
    println!("poll returned {}", n);
    for p in fds.iter() {
        println!("fd {} revents {:#x}", p.fd, p.revents);
    }
    let mut only = [PollFd { fd: -1, events: POLLIN, revents: 9 }];
    let n = unsafe { poll(only.as_mut_ptr(), 1, 10) };
    println!("only negative: {} revents {:#x}", n, only[0].revents);
    unsafe { close(r); close(w); }
}
