//@ covers: a fresh socketpair end polls OUT only; after the peer sends, it polls IN|OUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("a fresh {}", poll1(a, POLLIN | POLLOUT, 0));
    println!("send {}", res(unsafe { send(b, b"hi".as_ptr() as *const _, 2, 0) }));
    println!("a {}", poll1(a, POLLIN | POLLOUT, 0));
    println!("b {}", poll1(b, POLLIN | POLLOUT, 0));
    unsafe { close(a); close(b); }
}
