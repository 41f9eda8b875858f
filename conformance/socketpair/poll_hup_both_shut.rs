//@ covers: when both directions are shut down, poll reports HUP (HUP is reported even if not requested)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("shut a wr {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("b before {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("shut b wr {}", resi(unsafe { shutdown(b, SHUT_WR) }));
    println!("b after {}", poll1(b, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("a after {}", poll1(a, POLLIN | POLLOUT | POLLRDHUP, 0));
    println!("a no events {}", poll1(a, 0, 0));
    unsafe {
        close(a);
        close(b);
    }
}
