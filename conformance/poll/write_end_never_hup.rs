//@ covers: a pipe write end never reports POLLHUP, even after the reader closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r); }
    println!("w events HUP {}", poll1(w, POLLHUP, 0));
    println!("w events IN|OUT {}", poll1(w, POLLIN | POLLOUT, 0));
    unsafe { close(w); }
}
