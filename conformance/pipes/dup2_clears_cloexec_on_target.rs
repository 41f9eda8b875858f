//@ covers: dup2 onto an fd that had FD_CLOEXEC gives a new fd without FD_CLOEXEC
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let (r2, w2) = mkpipe2(O_CLOEXEC);
    println!("target before {}", resi(unsafe { fcntl(w2, F_GETFD) }));
    println!("dup2(w, w2) {}", resi(unsafe { dup2(w, w2) }));
    println!("target after {}", resi(unsafe { fcntl(w2, F_GETFD) }));
    println!("write via w2 {}", res(wr(w2, b"into A")));
    println!("read A {}", rds(r, 10));
    unsafe {
        close(r);
        close(w);
        close(r2);
        close(w2);
    }
}
