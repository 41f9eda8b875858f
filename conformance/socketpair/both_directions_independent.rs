//@ covers: data in flight in both directions at once stays separate per direction
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("a write {}", res(wr(a, b"from-a")));
    println!("b write {}", res(wr(b, b"from-b")));
    println!("fionread a {} b {}", fionread(a), fionread(b));
    println!("a read {}", rds(a, 64));
    println!("b read {}", rds(b, 64));
    unsafe {
        close(a);
        close(b);
    }
}
