//@ covers: two readers blocked on one pipe: a 1-byte write then close gives the byte to exactly one reader and EOF to the other
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t1 = std::thread::spawn(move || rd(r, 10));
    let t2 = std::thread::spawn(move || rd(r, 10));
    nap(20);
    let n = res(wr(w, b"x"));
    unsafe { close(w) };
    let (n1, b1) = t1.join().unwrap();
    let (n2, b2) = t2.join().unwrap();
    let (lo, hi) = if n1 <= n2 { ((n1, b1), (n2, b2)) } else { ((n2, b2), (n1, b1)) };
    println!("write {}", n);
    println!("results {} {:?} | {} {:?}", lo.0, lo.1, hi.0, hi.1);
}
