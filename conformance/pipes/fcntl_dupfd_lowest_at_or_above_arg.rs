//@ covers: F_DUPFD returns the lowest free fd >= arg (arg 10 gives 10 then 11, arg 0 gives the lowest free) and the copy has no FD_CLOEXEC
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_CLOEXEC);
    let a = unsafe { fcntl(w, F_DUPFD, 10) };
    let b = unsafe { fcntl(w, F_DUPFD, 10) };
    let c = unsafe { fcntl(w, F_DUPFD, 0) };
    let d = unsafe { fcntl(w, F_DUPFD, 4) };
    println!("dupfd(10) {} dupfd(10) {} dupfd(0) {} dupfd(4) {}", a, b, c, d);
    println!("getfd of copy {}", resi(unsafe { fcntl(a, F_GETFD) }));
    println!("write via copy {}", res(wr(b, b"via 11")));
    println!("read {}", rds(r, 10));
    unsafe {
        close(a);
        close(b);
        close(c);
        close(d);
        close(r);
        close(w);
    }
}
