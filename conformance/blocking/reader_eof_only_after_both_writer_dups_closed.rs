//@ covers: a reader blocked on a pipe with two write-end dups stays blocked after the first close and gets EOF after the second
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    let done = Arc::new(AtomicBool::new(false));
    let d = done.clone();
    let t = std::thread::spawn(move || {
        let s = rds(r, 100);
        d.store(true, Ordering::SeqCst);
        s
    });
    nap(20);
    unsafe { close(w) };
    nap(30);
    let early = done.load(Ordering::SeqCst);
    unsafe { close(w2) };
    let got = t.join().unwrap();
    println!("reader returned after first close: {}", early);
    println!("reader got {}", got);
}
