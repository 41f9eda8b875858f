//@ covers: F_SETFL and F_SETFD on a closed or negative fd fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    println!("setfl 999 {}", resi(unsafe { fcntl(999, F_SETFL, O_NONBLOCK) }));
    println!("setfd 999 {}", resi(unsafe { fcntl(999, F_SETFD, FD_CLOEXEC) }));
    println!("setfl -3 {}", resi(unsafe { fcntl(-3, F_SETFL, 0) }));
    println!("dupfd_cloexec 999 {}", resi(unsafe { fcntl(999, F_DUPFD_CLOEXEC, 0) }));
}
