//@ covers: FIONREAD on a socket reports the bytes queued for reading on that end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    println!("empty {} {}", fionread(a), fionread(b));
    println!("write {}", res(wr(a, b"hello")));
    println!("write {}", res(wr(a, &[7u8; 4096])));
    println!("b {} a {}", fionread(b), fionread(a));
    println!("read {}", res(rd(b, 5).0));
    println!("b {}", fionread(b));
    println!("read {}", res(rd(b, 4096).0));
    println!("b {}", fionread(b));
    unsafe {
        close(a);
        close(b);
    }
}
