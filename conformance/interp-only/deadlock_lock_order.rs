//@ covers: two threads take two mutexes in opposite orders, with a barrier making the cycle certain
//@ interp-only: deadlock
use std::sync::{Arc, Barrier, Mutex};

fn main() {
    let a = Arc::new(Mutex::new(1));
    let b = Arc::new(Mutex::new(2));
    let bar = Arc::new(Barrier::new(2));
    let (a2, b2, bar2) = (Arc::clone(&a), Arc::clone(&b), Arc::clone(&bar));
    let t = std::thread::spawn(move || {
        let _gb = b2.lock().unwrap();
        bar2.wait();
        let _ga = a2.lock().unwrap();
    });
    let _ga = a.lock().unwrap();
    bar.wait();
    let _gb = b.lock().unwrap();
    t.join().unwrap();
}
