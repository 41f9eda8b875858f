//@ covers: closing one end makes the peer's read return 0 (EOF), repeatedly
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("close a {}", resi(unsafe { close(a) }));
    println!("b read {}", rds(b, 8));
    println!("b read again {}", rds(b, 8));
    unsafe { close(b) };
}
