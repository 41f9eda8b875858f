//@ covers: a nonblocking peer reads 0 (not EAGAIN) after the other end shuts down writing
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("before {}", rds(b, 8));
    unsafe { shutdown(a, SHUT_WR) };
    println!("after {}", rds(b, 8));
    unsafe {
        close(a);
        close(b);
    }
}
