//@ covers: std::io::pipe returns the lowest free fds (3, 4) with FD_CLOEXEC set, blocking, O_RDONLY reader and O_WRONLY writer
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::fd::AsRawFd;

fn main() {
    let (rd, wr) = std::io::pipe().unwrap();
    let (r, w) = (rd.as_raw_fd(), wr.as_raw_fd());
    println!("fds {} {}", r, w);
    println!("getfd {} {}", resi(unsafe { fcntl(r, F_GETFD) }), resi(unsafe { fcntl(w, F_GETFD) }));
    println!("getfl {:#x} {:#x}", getfl(r), getfl(w));
    println!("pipe size {}", resi(unsafe { fcntl(r, F_GETPIPE_SZ) }));
    drop(rd);
    drop(wr);
    let (r2, w2) = mkpipe();
    println!("after drop next fds {} {}", r2, w2);
}
