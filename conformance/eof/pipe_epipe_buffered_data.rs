//@ covers: closing the read end while data is buffered: the next write fails with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"pending")));
    println!("fionread {}", fionread(r));
    unsafe { close(r) };
    println!("write after reader close {}", res(wr(w, b"more")));
    unsafe { close(w) };
}
