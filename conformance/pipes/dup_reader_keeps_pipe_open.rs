//@ covers: a dup of the read end keeps writes working after the original read end is closed; EPIPE only after every reader is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { dup(r) };
    unsafe { close(r) };
    println!("write with copy open {}", res(wr(w, b"xy")));
    println!("read via copy {}", rds(d, 10));
    unsafe { close(d) };
    println!("write with no reader {}", res(wr(w, b"xy")));
    unsafe { close(w) };
}
