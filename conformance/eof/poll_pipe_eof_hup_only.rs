//@ covers: poll on a pipe read end with no writer and no data reports HUP only (not IN)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("open {}", poll1(r, POLLIN, 0));
    unsafe { close(w) };
    println!("closed {}", poll1(r, POLLIN, 0));
    println!("closed, no events requested {}", poll1(r, 0, 0));
    unsafe { close(r) };
}
