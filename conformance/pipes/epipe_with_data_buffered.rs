//@ covers: closing the reader while data is buffered makes the next write fail with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"unread")));
    println!("fionread {}", fionread(r));
    unsafe { close(r) };
    println!("write after reader closed {}", res(wr(w, b"more")));
    println!("fionread via writer {}", fionread(w));
    unsafe { close(w) };
}
