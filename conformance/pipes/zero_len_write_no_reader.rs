//@ covers: write of 0 bytes to a pipe whose read end is closed: record whether Linux returns 0 or EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe { close(r) };
    println!("write 0 {}", res(wr(w, b"")));
    println!("write 1 {}", res(wr(w, b"x")));
    unsafe { close(w) };
}
