//@ covers: on a full non-blocking pipe whose reader is closed, write reports EPIPE rather than EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("write full {}", res(wr(w, b"z")));
    unsafe { close(r) };
    println!("write full no reader {}", res(wr(w, b"z")));
    unsafe { close(w) };
}
