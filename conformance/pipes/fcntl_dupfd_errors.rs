//@ covers: F_DUPFD with a negative arg fails with EINVAL; F_DUPFD/F_GETFL on a closed fd fail with EBADF; an unknown command fails with EINVAL
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("dupfd(-1) {}", resi(unsafe { fcntl(r, F_DUPFD, -1) }));
    println!("dupfd_cloexec(-5) {}", resi(unsafe { fcntl(r, F_DUPFD_CLOEXEC, -5) }));
    println!("dupfd on 999 {}", resi(unsafe { fcntl(999, F_DUPFD, 0) }));
    println!("getfl on 999 {}", resi(unsafe { fcntl(999, F_GETFL) }));
    println!("getfd on -1 {}", resi(unsafe { fcntl(-1, F_GETFD) }));
    println!("cmd 9999 {}", resi(unsafe { fcntl(r, 9999) }));
    unsafe {
        close(r);
        close(w);
    }
}
