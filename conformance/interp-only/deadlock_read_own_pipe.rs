//@ covers: a single thread reads an empty pipe whose write end it still holds: nobody can write
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    println!("write end {} stays open", w);
    println!("read {}", rds(r, 1));
}
