//@ covers: closing one of two dup'd write ends does not wake a blocked reader with EOF; data written through the other arrives, then EOF after it closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    let t = std::thread::spawn(move || {
        let first = rds(r, 100);
        let second = rds(r, 100);
        (first, second)
    });
    nap(20);
    let c1 = resi(unsafe { close(w) });
    nap(20);
    let n = res(wr(w2, b"late"));
    let c2 = resi(unsafe { close(w2) });
    let (first, second) = t.join().unwrap();
    println!("close w {} write w2 {} close w2 {}", c1, n, c2);
    println!("first read {}", first);
    println!("second read {}", second);
}
