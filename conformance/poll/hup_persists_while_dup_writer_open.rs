//@ covers: the read end shows POLLHUP only after every fd of the write end (including a dup) is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    println!("dup {}", w2);
    unsafe { close(w); }
    println!("one writer left {}", poll1(r, POLLIN, 0));
    unsafe { close(w2); }
    println!("none left {}", poll1(r, POLLIN, 0));
    unsafe { close(r); }
}
