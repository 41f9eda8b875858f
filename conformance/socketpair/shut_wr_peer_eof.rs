//@ covers: shutdown(SHUT_WR) on one end: the peer reads buffered data then EOF, and can still send back
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("write {}", res(wr(a, b"last")));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("b read {}", rds(b, 16));
    println!("b read {}", rds(b, 16));
    println!("b read again {}", rds(b, 16));
    println!("b write {}", res(wr(b, b"reply")));
    println!("a read {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
