//@ covers: read of 0 bytes from a pipe holding data returns 0 and leaves the data in place
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("write {}", res(wr(w, b"data")));
    println!("read 0 {}", res(rd(r, 0).0));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 10));
    unsafe {
        close(r);
        close(w);
    }
}
