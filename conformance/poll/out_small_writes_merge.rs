//@ covers: many 1-byte writes merge into one pipe page, so the write end keeps polling POLLOUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    for _ in 0..100 {
        assert_eq!(wr(w, b"b"), 1);
    }
    println!("fionread {}", fionread(r));
    println!("poll OUT {}", poll1(w, POLLOUT, 0));
    unsafe { close(r); close(w); }
}
