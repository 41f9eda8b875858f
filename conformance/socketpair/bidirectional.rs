//@ covers: an AF_UNIX SOCK_STREAM socketpair is bidirectional: each end reads what the other wrote
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("fds {} {}", a, b);
    println!("a->b write {}", res(wr(a, b"ping")));
    println!("b read {}", rds(b, 16));
    println!("b->a write {}", res(wr(b, b"pong!")));
    println!("a read {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
