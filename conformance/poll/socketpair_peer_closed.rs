//@ covers: after the peer of a socketpair is closed, the remaining end polls IN|OUT|HUP|RDHUP (recorded)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { close(a); }
    println!("b {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("b events 0 {}", poll1(b, 0, 0));
    println!("read {}", rds(b, 4));
    unsafe { close(b); }
}
