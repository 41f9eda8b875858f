//@ covers: POLLRDHUP is reported only if requested in events; POLLIN is still reported after peer SHUT_WR
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { shutdown(a, SHUT_WR); }
    println!("events IN {}", poll1(b, POLLIN, 0));
    println!("events RDHUP {}", poll1(b, POLLRDHUP, 0));
    println!("events 0 {}", poll1(b, 0, 0));
    unsafe { close(a); close(b); }
}
