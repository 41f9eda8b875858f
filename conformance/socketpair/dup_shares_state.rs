//@ covers: a dup of a socket shares it: data via the dup arrives, shutdown via the dup affects the original
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    let d = unsafe { dup(a) };
    println!("fds {} {} dup {}", a, b, d);
    println!("dup getfl nonblock {}", getfl(d) & O_NONBLOCK != 0);
    println!("write via a {}", res(wr(a, b"A")));
    println!("write via dup {}", res(wr(d, b"D")));
    println!("b read {}", rds(b, 8));
    println!("b write {}", res(wr(b, b"xy")));
    println!("read via dup {}", rds(d, 1));
    println!("read via a {}", rds(a, 8));
    println!("shutdown dup wr {}", resi(unsafe { shutdown(d, SHUT_WR) }));
    println!("write via a {}", res(wr(a, b"z")));
    println!("b read {}", rds(b, 8));
    unsafe {
        close(a);
        close(b);
        close(d);
    }
}
