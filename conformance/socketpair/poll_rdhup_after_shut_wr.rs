//@ covers: after the peer's shutdown(SHUT_WR), poll reports IN|RDHUP (and OUT), not HUP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("b all {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("b IN only {}", poll1(b, POLLIN, 0));
    println!("b RDHUP only {}", poll1(b, POLLRDHUP, 0));
    println!("a all {}", poll1(a, POLLIN | POLLOUT | POLLRDHUP, 0));
    unsafe {
        close(a);
        close(b);
    }
}
