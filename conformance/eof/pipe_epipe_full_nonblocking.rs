//@ covers: a full nonblocking pipe gives EAGAIN while read, but EPIPE once the reader closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let n = fill(w);
    println!("filled {}", n);
    println!("write full {}", res(wr(w, b"x")));
    unsafe { close(r) };
    println!("write full no reader {}", res(wr(w, b"x")));
    unsafe { close(w) };
}
