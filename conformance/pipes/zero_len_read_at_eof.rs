//@ covers: read of 0 bytes after the writer closed returns 0, same as EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"ab")));
    unsafe { close(w) };
    println!("read 0 {}", res(rd(r, 0).0));
    println!("read {}", rds(r, 10));
    println!("read at eof {}", rds(r, 10));
    unsafe { close(r) };
}
