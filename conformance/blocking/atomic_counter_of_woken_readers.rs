//@ covers: N readers blocked on their pipes bump an AtomicUsize when woken; main spins with yield_now until all N have counted
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

fn main() {
    let count = Arc::new(AtomicUsize::new(0));
    let bytes = Arc::new(AtomicUsize::new(0));
    let mut ws = Vec::new();
    let mut hs = Vec::new();
    for _ in 0..5 {
        let (r, w) = mkpipe();
        ws.push(w);
        let (c, b) = (count.clone(), bytes.clone());
        hs.push(std::thread::spawn(move || {
            let (n, _) = rd(r, 64);
            b.fetch_add(n as usize, Ordering::SeqCst);
            c.fetch_add(1, Ordering::SeqCst);
        }));
    }
    for (i, w) in ws.iter().enumerate() {
        write_all(*w, &vec![b'k'; i + 1]);
    }
    while count.load(Ordering::SeqCst) < 5 {
        std::thread::yield_now();
    }
    println!("woken {} bytes {}", count.load(Ordering::SeqCst), bytes.load(Ordering::SeqCst));
    for h in hs {
        h.join().unwrap();
    }
}
