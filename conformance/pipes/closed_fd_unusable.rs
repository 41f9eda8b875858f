//@ covers: after close, read/write/fcntl on the closed pipe fd fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    unsafe {
        close(r);
        close(w);
    }
    println!("read closed {}", res(rd(r, 4).0));
    println!("write closed {}", res(wr(w, b"x")));
    println!("getfl closed {}", resi(unsafe { fcntl(r, F_GETFL) }));
    println!("fionread closed {}", fionread(r));
}
