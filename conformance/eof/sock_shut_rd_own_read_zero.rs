//@ covers: after shutdown(SHUT_RD) on an empty socket, read on it returns 0 immediately
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("read {}", rds(a, 16));
    println!("read again {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
