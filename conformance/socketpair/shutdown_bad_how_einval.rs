//@ covers: shutdown with how outside 0..=2 fails with EINVAL and changes nothing
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    for how in [3, 4, -1, 100] {
        println!("shutdown how {} -> {}", how, resi(unsafe { shutdown(a, how) }));
    }
    println!("a write {}", res(wr(a, b"fine")));
    println!("b read {}", rds(b, 8));
    unsafe {
        close(a);
        close(b);
    }
}
