//@ covers: a reader blocked asking 100 bytes is woken by a 3-byte write and returns just those 3 bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 100));
    nap(20);
    let n = res(wr(w, b"abc"));
    let got = t.join().unwrap();
    println!("write {}", n);
    println!("reader got {}", got);
}
