//@ covers: an empty pipe read end polls POLLHUP (without POLLIN) once the last writer is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("before close {}", poll1(r, POLLIN, 0));
    unsafe { close(w); }
    println!("after close {}", poll1(r, POLLIN, 0));
    println!("blocking poll {}", poll1(r, POLLIN, -1));
    println!("read {}", rds(r, 10));
    unsafe { close(r); }
}
