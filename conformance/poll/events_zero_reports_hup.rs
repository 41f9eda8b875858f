//@ covers: with events 0, poll still reports POLLHUP on a pipe read end whose writer closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("open, events 0 {}", poll1(r, 0, 0));
    unsafe { close(w); }
    println!("writer closed, events 0 {}", poll1(r, 0, 0));
    unsafe { close(r); }
}
