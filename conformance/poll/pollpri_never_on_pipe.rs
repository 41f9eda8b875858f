//@ covers: POLLPRI is never reported on a pipe, even with data buffered
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("empty PRI {}", poll1(r, POLLPRI, 0));
    wr(w, b"urgent?");
    println!("data PRI {}", poll1(r, POLLPRI, 0));
    println!("data IN|PRI {}", poll1(r, POLLIN | POLLPRI, 0));
    println!("write end PRI {}", poll1(w, POLLPRI | POLLOUT, 0));
    unsafe { close(r); close(w); }
}
