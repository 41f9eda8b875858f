//@ covers: data written before closing an end is still readable by the peer, then EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, b"one ")));
    println!("write {}", res(wr(a, b"two")));
    unsafe { close(a) };
    println!("fionread {}", fionread(b));
    println!("read {}", rds(b, 5));
    println!("read {}", rds(b, 64));
    println!("read {}", rds(b, 64));
    unsafe { close(b) };
}
