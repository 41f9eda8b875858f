//@ covers: poll on a pipe read end with buffered data and no writer reports IN|HUP; after draining HUP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"leftover");
    unsafe { close(w) };
    println!("with data {}", poll1(r, POLLIN, 0));
    println!("read {}", rds(r, 64));
    println!("drained {}", poll1(r, POLLIN, 0));
    unsafe { close(r) };
}
