//@ covers: recv blocked on a socket returns 0 when the peer does shutdown(SHUT_WR); the peer can still receive
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let first = rds(a, 64);
        let back = res(wr(a, b"reply"));
        (first, back)
    });
    nap(20);
    let s = resi(unsafe { shutdown(b, SHUT_WR) });
    let (first, back) = t.join().unwrap();
    println!("shutdown {}", s);
    println!("blocked read {}", first);
    println!("reply write {} peer reads {}", back, rds(b, 64));
}
