//@ covers: read from an empty non-blocking pipe whose writer is open fails with EAGAIN, repeatedly
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("read {}", rds(r, 16));
    println!("read again {}", rds(r, 16));
    println!("write {}", res(wr(w, b"now")));
    println!("read {}", rds(r, 16));
    println!("read after drain {}", rds(r, 16));
    unsafe {
        close(r);
        close(w);
    }
}
