//@ covers: with events 0, poll still reports POLLERR on a pipe write end whose reader closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("open, events 0 {}", poll1(w, 0, 0));
    unsafe { close(r); }
    println!("reader closed, events 0 {}", poll1(w, 0, 0));
    unsafe { close(w); }
}
