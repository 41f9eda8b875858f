//@ covers: a writer thread that sleeps with Duration::from_millis before writing wakes a reader blocked in read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::time::Duration;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(15));
        res(wr(w, b"slept"))
    });
    let got = rds(r, 16);
    println!("writer {}", t.join().unwrap());
    println!("reader {}", got);
}
