//@ covers: a thread spinning with yield_now on an AtomicBool writes to a pipe once main sets the flag; main then blocks reading
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    let flag = Arc::new(AtomicBool::new(false));
    let f2 = flag.clone();
    let t = std::thread::spawn(move || {
        while !f2.load(Ordering::Acquire) {
            std::thread::yield_now();
        }
        res(wr(w, b"spun"))
    });
    nap(5);
    flag.store(true, Ordering::Release);
    let got = rds(r, 16);
    println!("writer {}", t.join().unwrap());
    println!("reader {}", got);
}
