//@ covers: shutdown(SHUT_RDWR): that end reads EOF and writes EPIPE; the peer also reads EOF and writes EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("shutdown rdwr {}", resi(unsafe { shutdown(a, SHUT_RDWR) }));
    println!("a read {}", rds(a, 8));
    println!("a write {}", res(wr(a, b"x")));
    println!("b read {}", rds(b, 8));
    println!("b write {}", res(wr(b, b"y")));
    unsafe {
        close(a);
        close(b);
    }
}
