//@ covers: after shutdown(SHUT_WR) the peer reads the remaining data, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, b"hello")));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("peer read {}", rds(b, 3));
    println!("peer read {}", rds(b, 16));
    println!("peer read {}", rds(b, 16));
    println!("peer read again {}", rds(b, 16));
    unsafe {
        close(a);
        close(b);
    }
}
