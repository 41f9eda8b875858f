//@ covers: a read of 0 bytes returns 0 both with a writer present and at EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"q");
    println!("zero read with data {}", rds(r, 0));
    println!("fionread {}", fionread(r));
    unsafe { close(w) };
    println!("zero read after close {}", rds(r, 0));
    println!("read {}", rds(r, 4));
    println!("read {}", rds(r, 4));
    unsafe { close(r) };
}
