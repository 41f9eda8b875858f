//@ covers: dup2 to a high unused fd creates exactly that fd; lower fds stay the lowest free for later calls
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup2(w, 40) {}", resi(unsafe { dup2(w, 40) }));
    println!("dup {}", resi(unsafe { dup(w) }));
    println!("write via 40 {}", res(wr(40, b"forty")));
    println!("read {}", rds(r, 10));
    unsafe {
        close(40);
        close(5);
        close(r);
        close(w);
    }
    println!("fd 40 after close {}", resi(unsafe { fcntl(40, F_GETFD) }));
}
