//@ covers: poll with an infinite timeout on a pipe nobody writes
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, _w) = mkpipe();
    println!("poll {}", poll1(r, POLLIN, -1));
}
