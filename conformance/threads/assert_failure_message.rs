//@ covers: assert! with a custom message fails in main with that message, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    unsafe { close(w) };
    let n = rd(r, 4).0;
    println!("read {}", n);
    assert!(n > 0, "expected data but read returned {}", n);
    println!("not reached");
}
