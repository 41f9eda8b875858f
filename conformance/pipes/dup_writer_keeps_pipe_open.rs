//@ covers: a dup of the write end keeps the pipe open: closing the original write end gives EAGAIN (not EOF) until the copy is closed too
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let d = unsafe { dup(w) };
    println!("write via copy {}", res(wr(d, b"abc")));
    unsafe { close(w) };
    println!("read {}", rds(r, 10));
    println!("read with copy open {}", rds(r, 10));
    unsafe { close(d) };
    println!("read after all writers closed {}", rds(r, 10));
    unsafe { close(r) };
}
