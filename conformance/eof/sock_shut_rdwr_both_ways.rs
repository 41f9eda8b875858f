//@ covers: shutdown(SHUT_RDWR) on one end: both ends read 0 and both ends get EPIPE on write
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_RDWR) }));
    println!("a read {}", rds(a, 8));
    println!("a write {}", res(wr(a, b"x")));
    println!("b read {}", rds(b, 8));
    println!("b write {}", res(wr(b, b"x")));
    unsafe {
        close(a);
        close(b);
    }
}
