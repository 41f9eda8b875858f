//@ covers: F_DUPFD(arg) takes the lowest free fd >= arg, so a gap left by close is reused before higher fds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r1, w1) = mkpipe();
    let (r2, w2) = mkpipe();
    println!("fds {} {} {} {}", r1, w1, r2, w2);
    unsafe { close(w1) };
    println!("dupfd(3) {}", resi(unsafe { fcntl(r2, F_DUPFD, 3) }));
    println!("dupfd(3) {}", resi(unsafe { fcntl(r2, F_DUPFD, 3) }));
    println!("dupfd(6) {}", resi(unsafe { fcntl(r2, F_DUPFD, 6) }));
    for fd in 3..9 {
        unsafe { close(fd) };
    }
}
