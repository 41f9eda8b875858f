//@ covers: read of 0 bytes from an empty non-blocking pipe returns 0, while a 1-byte read gets EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("read 0 {}", res(rd(r, 0).0));
    println!("read 1 {}", res(rd(r, 1).0));
    unsafe {
        close(r);
        close(w);
    }
}
