//@ covers: dropping a File made with from_raw_fd closes the fd: F_GETFD then fails with EBADF and the number is reused by the next pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::fd::FromRawFd;
use std::fs::File;

fn main() {
    let (r, w) = mkpipe();
    let f = unsafe { File::from_raw_fd(w) };
    println!("before drop getfd {}", resi(unsafe { fcntl(w, F_GETFD) }));
    drop(f);
    println!("after drop getfd {}", resi(unsafe { fcntl(w, F_GETFD) }));
    println!("reader sees {}", rds(r, 10));
    let (r2, w2) = mkpipe();
    println!("next pipe {} {}", r2, w2);
    unsafe {
        close(r);
        close(r2);
        close(w2);
    }
}
