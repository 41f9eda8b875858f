//@ covers: with events 0, POLLIN and POLLOUT are not reported even when the pipe is readable/writable
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    wr(w, b"abc");
    println!("read end, events 0 {}", poll1(r, 0, 0));
    println!("write end, events 0 {}", poll1(w, 0, 0));
    println!("read end, events IN {}", poll1(r, POLLIN, 0));
    unsafe { close(r); close(w); }
}
