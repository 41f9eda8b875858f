//@ covers: a new pipe holds 65536 bytes: filling it non-blocking stops with EAGAIN at 65536
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let total = fill(w);
    println!("filled {}", total);
    println!("next write {}", res(wr(w, b"x")));
    println!("fionread {}", fionread(r));
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
