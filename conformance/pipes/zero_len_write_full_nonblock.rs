//@ covers: write of 0 bytes to a full non-blocking pipe returns 0, not EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("write 0 {}", res(wr(w, b"")));
    println!("write 1 {}", res(wr(w, b"x")));
    unsafe {
        close(r);
        close(w);
    }
}
