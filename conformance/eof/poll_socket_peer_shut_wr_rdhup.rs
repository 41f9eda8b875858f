//@ covers: poll on a socket whose peer did SHUT_WR reports IN|RDHUP (not HUP)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("before {}", poll1(b, POLLIN | POLLRDHUP, 0));
    unsafe { shutdown(a, SHUT_WR) };
    println!("after {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    unsafe {
        close(a);
        close(b);
    }
}
