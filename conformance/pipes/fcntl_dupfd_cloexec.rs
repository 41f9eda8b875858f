//@ covers: F_DUPFD_CLOEXEC returns the lowest free fd >= arg with FD_CLOEXEC set, leaving the original without it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let c = unsafe { fcntl(r, F_DUPFD_CLOEXEC, 20) };
    println!("dupfd_cloexec(20) {}", resi(c));
    println!("copy getfd {}", resi(unsafe { fcntl(c, F_GETFD) }));
    println!("orig getfd {}", resi(unsafe { fcntl(r, F_GETFD) }));
    let c0 = unsafe { fcntl(r, F_DUPFD_CLOEXEC, 0) };
    println!("dupfd_cloexec(0) {} getfd {}", resi(c0), resi(unsafe { fcntl(c0, F_GETFD) }));
    println!("write {}", res(wr(w, b"shared")));
    println!("read via copy {}", rds(c, 10));
    unsafe {
        close(c);
        close(c0);
        close(r);
        close(w);
    }
}
