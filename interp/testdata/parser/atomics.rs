// Atomics across threads: fetch_add, compare_exchange, swap, load/store.
use std::sync::atomic::{AtomicBool, AtomicUsize, AtomicI32, Ordering};
use std::sync::Arc;
fn main() {
    let n = Arc::new(AtomicUsize::new(0));
    let flag = Arc::new(AtomicBool::new(false));
    let hs: Vec<_> = (0..3).map(|_| {
        let n = n.clone();
        std::thread::spawn(move || { for _ in 0..100 { n.fetch_add(1, Ordering::SeqCst); } })
    }).collect();
    for h in hs { h.join().unwrap(); }
    let prev = flag.swap(true, Ordering::AcqRel);
    let v = AtomicI32::new(5);
    let r1 = v.compare_exchange(5, 9, Ordering::SeqCst, Ordering::SeqCst);
    let r2 = v.compare_exchange(5, 1, Ordering::SeqCst, Ordering::SeqCst);
    println!("{} {} {:?} {:?} {}", n.load(Ordering::SeqCst), prev, r1, r2, v.load(Ordering::Relaxed));
}
