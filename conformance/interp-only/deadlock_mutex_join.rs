//@ covers: main holds a mutex and joins a thread waiting for it
//@ interp-only: deadlock
use std::sync::{Arc, Mutex};

fn main() {
    let m = Arc::new(Mutex::new(0u32));
    let g = m.lock().unwrap();
    let m2 = Arc::clone(&m);
    let t = std::thread::spawn(move || {
        *m2.lock().unwrap() += 1;
    });
    t.join().unwrap();
    drop(g);
}
