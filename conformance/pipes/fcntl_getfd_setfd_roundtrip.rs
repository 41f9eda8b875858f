//@ covers: F_SETFD sets and clears FD_CLOEXEC; other bits passed to F_SETFD are dropped
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("initial {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("setfd 1 {}", resi(unsafe { fcntl(r, F_SETFD, FD_CLOEXEC) }));
    println!("getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("setfd 0 {}", resi(unsafe { fcntl(r, F_SETFD, 0) }));
    println!("getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("setfd 0xff {}", resi(unsafe { fcntl(r, F_SETFD, 0xff) }));
    println!("getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("setfd 2 {}", resi(unsafe { fcntl(r, F_SETFD, 2) }));
    println!("getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    println!("other end untouched {}", resi(unsafe { fcntl(w, F_GETFD) }));
    unsafe {
        close(r);
        close(w);
    }
}
