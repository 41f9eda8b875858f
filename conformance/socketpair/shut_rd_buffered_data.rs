//@ covers: data already queued before shutdown(SHUT_RD) is still returned by read, then EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("b write {}", res(wr(b, b"queued")));
    println!("shutdown rd {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("fionread {}", fionread(a));
    println!("a read {}", rds(a, 3));
    println!("a read {}", rds(a, 16));
    println!("a read {}", rds(a, 16));
    unsafe {
        close(a);
        close(b);
    }
}
