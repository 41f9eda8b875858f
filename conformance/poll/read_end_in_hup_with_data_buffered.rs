//@ covers: with data still buffered after the last writer closes, the read end polls POLLIN|POLLHUP until drained
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"tail")));
    unsafe { close(w); }
    println!("poll {}", poll1(r, POLLIN, 0));
    println!("read {}", rds(r, 2));
    println!("poll {}", poll1(r, POLLIN, 0));
    println!("read {}", rds(r, 10));
    println!("poll drained {}", poll1(r, POLLIN, 0));
    unsafe { close(r); }
}
