//@ covers: shutdown(SHUT_RDWR) on one end: its own poll and its peer poll results (recorded)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    let ev = POLLIN | POLLOUT | POLLRDHUP;
    println!("shutdown {}", resi(unsafe { shutdown(a, SHUT_RDWR) }));
    println!("a {}", poll1(a, ev, 0));
    println!("b {}", poll1(b, ev, 0));
    unsafe { close(a); close(b); }
}
