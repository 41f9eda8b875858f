//@ covers: read of 0 bytes from an empty blocking pipe with a live writer returns 0 at once instead of blocking
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("read 0 {}", res(rd(r, 0).0));
    println!("read 0 again {}", res(rd(r, 0).0));
    println!("write {}", res(wr(w, b"hi")));
    println!("read {}", rds(r, 10));
    unsafe {
        close(r);
        close(w);
    }
}
