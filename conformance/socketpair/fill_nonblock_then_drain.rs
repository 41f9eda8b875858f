//@ covers: a nonblocking socket fills until EAGAIN; the peer then reads back exactly the filled amount
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    let filled = fill(a);
    println!("filled > 0 {}", filled > 0);
    println!("write when full {}", res(wr(a, b"x")));
    println!("poll OUT when full {}", poll1(a, POLLOUT, 0));
    let drained = drain(b);
    println!("drained == filled {}", drained == filled);
    println!("read when empty {}", rds(b, 8));
    println!("poll OUT after drain {}", poll1(a, POLLOUT, 0));
    unsafe {
        close(a);
        close(b);
    }
}
