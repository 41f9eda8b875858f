//@ covers: dup3 with O_CLOEXEC sets FD_CLOEXEC on the new fd; dup3 with flags 0 leaves it clear
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dup3(w, 9, O_CLOEXEC) {}", resi(unsafe { dup3(w, 9, O_CLOEXEC) }));
    println!("fd 9 getfd {}", resi(unsafe { fcntl(9, F_GETFD) }));
    println!("dup3(w, 9, 0) {}", resi(unsafe { dup3(w, 9, 0) }));
    println!("fd 9 getfd {}", resi(unsafe { fcntl(9, F_GETFD) }));
    println!("write via 9 {}", res(wr(9, b"nine")));
    println!("read {}", rds(r, 10));
    unsafe {
        close(9);
        close(r);
        close(w);
    }
}
