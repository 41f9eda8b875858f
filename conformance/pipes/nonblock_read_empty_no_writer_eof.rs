//@ covers: read from an empty non-blocking pipe whose writer is closed returns 0 (EOF), not EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    unsafe { close(w) };
    println!("read {}", rds(r, 16));
    println!("read again {}", rds(r, 16));
    unsafe { close(r) };
}
