//@ covers: FIONREAD reports the bytes buffered in a pipe, through both ends, after writes and partial reads
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("empty r {} w {}", fionread(r), fionread(w));
    wr(w, b"12345");
    wr(w, b"6789");
    println!("after 9 bytes r {} w {}", fionread(r), fionread(w));
    println!("read {}", rds(r, 4));
    println!("after read r {}", fionread(r));
    println!("read {}", rds(r, 100));
    println!("drained r {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
