//@ covers: dup2(fd, fd) on an open fd returns fd and changes nothing (FD_CLOEXEC kept); dup2 of a closed fd onto itself fails with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_CLOEXEC);
    println!("dup2(w, w) {}", resi(unsafe { dup2(w, w) }));
    println!("getfd kept {}", resi(unsafe { fcntl(w, F_GETFD) }));
    println!("write {}", res(wr(w, b"same")));
    println!("read {}", rds(r, 10));
    println!("dup2(77, 77) {}", resi(unsafe { dup2(77, 77) }));
    unsafe {
        close(r);
        close(w);
    }
}
