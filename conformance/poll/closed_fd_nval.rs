//@ covers: polling a closed fd reports POLLNVAL and counts it in the return value
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r); }
    println!("closed read end {}", poll1(r, POLLIN, 0));
    println!("closed read end events 0 {}", poll1(r, 0, 0));
    println!("blocking poll on closed fd {}", poll1(r, POLLIN, -1));
    unsafe { close(w); }
}
