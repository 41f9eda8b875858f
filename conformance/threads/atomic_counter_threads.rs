//@ covers: eight threads increment an AtomicUsize 1000 times each; the total after join is 8000
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

fn main() {
    let c = Arc::new(AtomicUsize::new(0));
    let mut hs = Vec::new();
    for _ in 0..8 {
        let c = c.clone();
        hs.push(std::thread::spawn(move || {
            for _ in 0..1000 {
                c.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("total {}", c.load(Ordering::SeqCst));
}
