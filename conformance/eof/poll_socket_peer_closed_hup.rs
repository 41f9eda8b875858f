//@ covers: poll on a socket whose peer is closed reports IN|OUT|HUP|RDHUP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { close(a) };
    println!("peer closed {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("read {}", rds(b, 8));
    unsafe { close(b) };
}
