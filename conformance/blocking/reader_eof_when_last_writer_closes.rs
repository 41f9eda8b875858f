//@ covers: a reader blocked on an empty pipe gets EOF (0) when the only write end is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 100));
    nap(20);
    let c = resi(unsafe { close(w) });
    let got = t.join().unwrap();
    println!("close {}", c);
    println!("reader got {}", got);
}
