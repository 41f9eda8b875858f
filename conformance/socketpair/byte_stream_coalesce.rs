//@ covers: stream semantics: two writes are returned by one large read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, b"abc")));
    println!("write {}", res(wr(a, b"defg")));
    println!("write {}", res(wr(a, b"h")));
    println!("read {}", rds(b, 100));
    unsafe {
        close(a);
        close(b);
    }
}
