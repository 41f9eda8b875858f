//@ covers: poll on a fresh socket: OUT only; after the peer writes: IN|OUT; after reading: OUT
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("fresh {}", poll1(b, POLLIN | POLLOUT, 0));
    println!("fresh IN only {}", poll1(b, POLLIN, 0));
    println!("write {}", res(wr(a, b"x")));
    println!("with data {}", poll1(b, POLLIN | POLLOUT, 0));
    println!("writer side {}", poll1(a, POLLIN | POLLOUT, 0));
    println!("read {}", rds(b, 4));
    println!("drained {}", poll1(b, POLLIN | POLLOUT, 0));
    unsafe {
        close(a);
        close(b);
    }
}
