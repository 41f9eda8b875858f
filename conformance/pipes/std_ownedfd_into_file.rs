//@ covers: an OwnedFd made from a libc pipe fd converts into a File (File::from) that reads the pipe; into_raw_fd/from_raw_fd round-trips the same number
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::Read;
use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd};
use std::fs::File;

fn main() {
    let (r, w) = mkpipe();
    let owned = unsafe { OwnedFd::from_raw_fd(r) };
    let raw = owned.into_raw_fd();
    println!("round trip same fd {}", raw == r);
    let owned = unsafe { OwnedFd::from_raw_fd(raw) };
    let mut f = File::from(owned);
    write_all(w, b"owned");
    unsafe { close(w) };
    let mut s = String::new();
    println!("read_to_string {:?} {:?}", f.read_to_string(&mut s).map_err(|e| e.kind()), s);
}
