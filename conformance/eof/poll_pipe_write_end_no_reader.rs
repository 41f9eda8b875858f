//@ covers: poll on a pipe write end after the read end closes reports ERR alongside OUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("open {}", poll1(w, POLLOUT, 0));
    unsafe { close(r) };
    println!("no reader {}", poll1(w, POLLOUT, 0));
    unsafe { close(w) };
}
