//@ covers: closing the original socket fd while a dup remains open does not signal EOF to the peer
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    let d = unsafe { dup(a) };
    unsafe { close(a) };
    println!("b read {}", rds(b, 8));
    println!("b poll {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("write via dup {}", res(wr(d, b"alive")));
    println!("b read {}", rds(b, 8));
    unsafe { close(d) };
    println!("b read after last close {}", rds(b, 8));
    unsafe { close(b) };
}
