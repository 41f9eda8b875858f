//@ covers: dup2 with a closed or negative oldfd fails with EBADF and leaves an open newfd untouched
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup2(999, w) {}", resi(unsafe { dup2(999, w) }));
    println!("dup2(-1, w) {}", resi(unsafe { dup2(-1, w) }));
    println!("w still open {}", res(wr(w, b"ok")));
    println!("read {}", rds(r, 10));
    println!("dup2(999, 10) {}", resi(unsafe { dup2(999, 10) }));
    println!("fd 10 getfl {}", resi(unsafe { fcntl(10, F_GETFL) }));
    unsafe {
        close(r);
        close(w);
    }
}
