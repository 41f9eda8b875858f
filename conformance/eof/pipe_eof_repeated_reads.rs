//@ covers: EOF is sticky: every later read on the closed pipe keeps returning 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"x");
    unsafe { close(w) };
    println!("read {}", rds(r, 8));
    for i in 0..5 {
        println!("read {} {}", i, rds(r, 8));
    }
    unsafe { close(r) };
}
