//@ covers: OwnedFd::from_raw_fd owns a pipe end: dropping it closes the fd, so the writer then gets EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

fn main() {
    let (r, w) = mkpipe();
    let owned = unsafe { OwnedFd::from_raw_fd(r) };
    println!("owned fd {}", owned.as_raw_fd());
    println!("write while owned {}", res(wr(w, b"a")));
    drop(owned);
    println!("getfl after drop {}", resi(unsafe { fcntl(r, F_GETFL) }));
    println!("write after drop {}", res(wr(w, b"a")));
    unsafe { close(w) };
}
