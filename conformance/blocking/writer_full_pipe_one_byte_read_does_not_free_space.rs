//@ covers: reading 1 byte from a full pipe does not let a blocked 4-byte writer in (the page is not freed); reading the rest of the page does
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    let filled = fill(w);
    set_nonblock(w, false);
    let done = Arc::new(AtomicBool::new(false));
    let d = done.clone();
    let t = std::thread::spawn(move || {
        let n = res(wr(w, b"tail"));
        d.store(true, Ordering::SeqCst);
        n
    });
    nap(20);
    let (a, _) = rd(r, 1);
    nap(30);
    let early = done.load(Ordering::SeqCst);
    let after_one = fionread(r);
    let (b, _) = rd(r, 4095);
    let wres = t.join().unwrap();
    println!("filled {} read {} then {}", filled, a, b);
    println!("writer done after 1-byte read: {} fionread {}", early, after_one);
    println!("blocked write returned {} fionread {}", wres, fionread(r));
}
