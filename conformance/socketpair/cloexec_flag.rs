//@ covers: SOCK_CLOEXEC sets FD_CLOEXEC on both ends (F_GETFD); a plain pair has 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_CLOEXEC);
    println!("cloexec getfd {} {}", resi(unsafe { fcntl(a, F_GETFD) }), resi(unsafe { fcntl(b, F_GETFD) }));
    println!("cloexec getfl nonblock {}", getfl(a) & O_NONBLOCK != 0);
    let (c, d) = mksocketpair(0);
    println!("plain getfd {} {}", resi(unsafe { fcntl(c, F_GETFD) }), resi(unsafe { fcntl(d, F_GETFD) }));
    let (e, f) = mksocketpair(SOCK_CLOEXEC | SOCK_NONBLOCK);
    println!("both getfd {} getfl nonblock {}", resi(unsafe { fcntl(e, F_GETFD) }), getfl(f) & O_NONBLOCK != 0);
    for fd in [a, b, c, d, e, f] {
        unsafe { close(fd) };
    }
}
