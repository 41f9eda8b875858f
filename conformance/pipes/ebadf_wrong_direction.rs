//@ covers: read on the write end and write on the read end of a pipe fail with EBADF and leave the pipe usable
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("read on write end {}", res(rd(w, 4).0));
    println!("write on read end {}", res(wr(r, b"nope")));
    println!("write on write end {}", res(wr(w, b"yes")));
    println!("read on read end {}", rds(r, 4));
    unsafe {
        close(r);
        close(w);
    }
}
