//@ covers: F_GETPIPE_SZ and F_SETPIPE_SZ on an fd that is not a pipe (eventfd, socket) fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let e = unsafe { eventfd(0, 0) };
    let (a, b) = mksocketpair(0);
    println!("eventfd get {}", resi(unsafe { fcntl(e, F_GETPIPE_SZ) }));
    println!("eventfd set {}", resi(unsafe { fcntl(e, F_SETPIPE_SZ, 8192) }));
    println!("socket get {}", resi(unsafe { fcntl(a, F_GETPIPE_SZ) }));
    println!("socket set {}", resi(unsafe { fcntl(a, F_SETPIPE_SZ, 8192) }));
    println!("closed fd get {}", resi(unsafe { fcntl(99, F_GETPIPE_SZ) }));
    unsafe {
        close(e);
        close(a);
        close(b);
    }
}
