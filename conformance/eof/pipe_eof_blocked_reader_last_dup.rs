//@ covers: a blocked reader stays blocked when one of two write dups closes and wakes with 0 on the last
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    let done = Arc::new(AtomicBool::new(false));
    let d2 = done.clone();
    let t = std::thread::spawn(move || {
        let s = rds(r, 16);
        d2.store(true, Ordering::SeqCst);
        s
    });
    unsafe { close(w) };
    nap(50);
    let early = done.load(Ordering::SeqCst);
    unsafe { close(w2) };
    let got = t.join().unwrap();
    println!("returned before last close: {}", early);
    println!("reader got {}", got);
    unsafe { close(r) };
}
