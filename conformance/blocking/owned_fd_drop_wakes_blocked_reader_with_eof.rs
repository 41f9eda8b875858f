//@ covers: dropping an OwnedFd for the only write end closes it and wakes a reader blocked on the pipe with EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::os::fd::{FromRawFd, OwnedFd};

fn main() {
    let (r, w) = mkpipe();
    let owned = unsafe { OwnedFd::from_raw_fd(w) };
    let t = std::thread::spawn(move || rds(r, 10));
    nap(20);
    drop(owned);
    println!("reader {}", t.join().unwrap());
    println!("fd {} after drop {}", w, res(wr(w, b"x")));
}
