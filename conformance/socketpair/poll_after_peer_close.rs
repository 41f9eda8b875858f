//@ covers: after the peer end is closed, poll reports IN|OUT|HUP|RDHUP on the remaining end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { close(a) };
    println!("b {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("b IN {}", poll1(b, POLLIN, 0));
    println!("closed fd {}", poll1(a, POLLIN, 0));
    unsafe { close(b) };
}
