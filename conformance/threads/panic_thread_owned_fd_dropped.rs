//@ covers: an OwnedFd held by a panicking thread is closed by unwinding: the reader sees EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let owned = unsafe { OwnedFd::from_raw_fd(w) };
        write_all(w, b"last words");
        panic!("dropping writer fd {}", owned.as_raw_fd());
    });
    let joined_err = t.join().is_err();
    let got = read_to_eof(r);
    println!("join is_err {}", joined_err);
    println!("read {:?} then EOF", String::from_utf8_lossy(&got));
}
