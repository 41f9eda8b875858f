//@ covers: after the peer shuts down writing, a socketpair end polls POLLIN|POLLRDHUP (plus POLLOUT); the shut-down side does not
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    let ev = POLLIN | POLLOUT | POLLRDHUP;
    println!("b before {}", poll1(b, ev, 0));
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("b after {}", poll1(b, ev, 0));
    println!("a after {}", poll1(a, ev, 0));
    println!("b read {}", rds(b, 10));
    unsafe { close(a); close(b); }
}
