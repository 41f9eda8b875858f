//@ covers: into_raw_fd gives up ownership without closing: the fd stays usable with libc calls after the File is gone
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::fs::File;

fn main() {
    let (r, w) = mkpipe();
    let f = unsafe { File::from_raw_fd(w) };
    let raw = f.into_raw_fd();
    println!("raw {} same {}", raw, raw == w);
    println!("getfd {}", resi(unsafe { fcntl(raw, F_GETFD) }));
    println!("write {}", res(wr(raw, b"still open")));
    println!("read {}", rds(r, 20));
    println!("close {}", resi(unsafe { close(raw) }));
    unsafe { close(r) };
}
