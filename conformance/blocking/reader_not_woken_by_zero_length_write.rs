//@ covers: a zero-length write to a pipe returns 0 and does not wake a blocked reader; the next real write does
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 100));
    nap(20);
    let z = res(wr(w, b""));
    nap(20);
    let n = res(wr(w, b"real"));
    let got = t.join().unwrap();
    println!("zero write {} real write {}", z, n);
    println!("reader got {}", got);
}
