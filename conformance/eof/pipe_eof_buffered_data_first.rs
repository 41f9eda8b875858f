//@ covers: after the writer closes, buffered data is still read in full before read returns 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"abcde")));
    unsafe { close(w) };
    println!("read {}", rds(r, 2));
    println!("read {}", rds(r, 2));
    println!("read {}", rds(r, 2));
    println!("read {}", rds(r, 2));
    unsafe { close(r) };
}
