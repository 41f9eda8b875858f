//@ covers: AF_UNIX: shutdown(SHUT_RD) on one end makes writes from the peer fail with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("shutdown a rd {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("peer write {}", res(wr(b, b"x")));
    println!("a write still ok {}", res(wr(a, b"y")));
    println!("peer read {}", rds(b, 8));
    unsafe {
        close(a);
        close(b);
    }
}
