//@ covers: a dup of the read end keeps writes working; EPIPE only after the last read dup closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let r2 = unsafe { dup(r) };
    println!("dup {}", r2);
    unsafe { close(r) };
    println!("write with dup reader {}", res(wr(w, b"abc")));
    println!("read via dup {}", rds(r2, 8));
    unsafe { close(r2) };
    println!("write after last reader {}", res(wr(w, b"abc")));
    unsafe { close(w) };
}
