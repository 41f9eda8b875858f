//@ covers: writing on a socket after its own shutdown(SHUT_WR) fails with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("write {}", res(wr(a, b"late")));
    println!("peer can still write {}", res(wr(b, b"back")));
    println!("read on a {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
