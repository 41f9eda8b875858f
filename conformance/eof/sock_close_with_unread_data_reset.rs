//@ covers: AF_UNIX: closing an end that has unread incoming data makes the peer see ECONNRESET
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (a, b) = mksocketpair(0);
    println!("write to b {}", res(wr(a, b"unread")));
    unsafe { close(b) };
    println!("read {}", rds(a, 16));
    println!("read again {}", rds(a, 16));
    println!("write {}", res(wr(a, b"x")));
    unsafe { close(a) };
}
