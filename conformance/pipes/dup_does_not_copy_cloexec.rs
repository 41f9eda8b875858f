//@ covers: dup never copies FD_CLOEXEC: the copy of an O_CLOEXEC fd has F_GETFD 0 and setting it on the copy leaves the original alone
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_CLOEXEC);
    let d = unsafe { dup(w) };
    println!("orig getfd {} copy getfd {}", resi(unsafe { fcntl(w, F_GETFD) }), resi(unsafe { fcntl(d, F_GETFD) }));
    unsafe { fcntl(w, F_SETFD, 0) };
    unsafe { fcntl(d, F_SETFD, FD_CLOEXEC) };
    println!("swapped: orig {} copy {}", resi(unsafe { fcntl(w, F_GETFD) }), resi(unsafe { fcntl(d, F_GETFD) }));
    unsafe {
        close(d);
        close(r);
        close(w);
    }
}
