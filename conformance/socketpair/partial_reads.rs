//@ covers: stream semantics: one write can be consumed by several smaller reads
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, b"0123456789")));
    println!("read {}", rds(b, 3));
    println!("read {}", rds(b, 3));
    println!("fionread {}", fionread(b));
    println!("read {}", rds(b, 1));
    println!("read {}", rds(b, 100));
    unsafe {
        close(a);
        close(b);
    }
}
