//@ covers: zero-length read on a write end and zero-length write on a read end still fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("read 0 on write end {}", res(rd(w, 0).0));
    println!("write 0 on read end {}", res(wr(r, b"")));
    println!("read 0 on fd 999 {}", res(rd(999, 0).0));
    unsafe {
        close(r);
        close(w);
    }
}
