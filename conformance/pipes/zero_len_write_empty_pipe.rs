//@ covers: write of 0 bytes to a pipe returns 0 and puts nothing in the pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("write 0 {}", res(wr(w, b"")));
    println!("fionread {}", fionread(r));
    println!("read {}", res(rd(r, 10).0));
    unsafe {
        close(r);
        close(w);
    }
}
