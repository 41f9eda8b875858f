//@ covers: shutdown(SHUT_RD) on one end: its reads return EOF and the peer's writes fail with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("shutdown rd {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("a read {}", rds(a, 8));
    println!("b write {}", res(wr(b, b"data")));
    println!("a write {}", res(wr(a, b"still")));
    println!("b read {}", rds(b, 8));
    unsafe {
        close(a);
        close(b);
    }
}
