//@ covers: the write end of an empty pipe polls POLLOUT, and still does with some data buffered
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("empty {}", poll1(w, POLLOUT, 0));
    println!("write {}", res(wr(w, &[7u8; 100])));
    println!("100 buffered {}", poll1(w, POLLOUT, 0));
    println!("events IN only {}", poll1(w, POLLIN, 0));
    unsafe { close(r); close(w); }
}
