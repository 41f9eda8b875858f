//@ covers: a blocking read on an empty socket returns 0 when the peer does shutdown(SHUT_WR)
//@ seeds: 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || rds(b, 16));
    nap(20);
    let s = resi(unsafe { shutdown(a, SHUT_WR) });
    let got = t.join().unwrap();
    println!("shutdown {}", s);
    println!("reader got {}", got);
    unsafe {
        close(a);
        close(b);
    }
}
