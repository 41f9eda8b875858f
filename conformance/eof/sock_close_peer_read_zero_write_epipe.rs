//@ covers: closing one end of a socketpair: the peer reads 0 and its writes fail with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { close(b) };
    println!("read {}", rds(a, 16));
    println!("write {}", res(wr(a, b"x")));
    println!("read again {}", rds(a, 16));
    unsafe { close(a) };
}
