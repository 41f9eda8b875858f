//@ covers: AF_UNIX: data already queued before shutdown(SHUT_RD) is still returned, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("peer write {}", res(wr(b, b"queued")));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("read {}", rds(a, 16));
    println!("read {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
