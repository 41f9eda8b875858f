//@ covers: shutting down the same direction twice succeeds both times; SHUT_RD then SHUT_WR adds up to RDWR
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("shut wr {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("shut wr again {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("shut rd {}", resi(unsafe { shutdown(a, SHUT_RD) }));
    println!("a poll {}", poll1(a, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("b poll {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("b write {}", res(wr(b, b"y")));
    unsafe {
        close(a);
        close(b);
    }
}
