//@ covers: main joins a thread that waits for a mutex main still holds
//@ interp-only: deadlock
use std::sync::{Arc, Mutex};

fn main() {
    let m = Arc::new(Mutex::new(0u32));
    let guard = m.lock().unwrap();
    let m2 = Arc::clone(&m);
    let t = std::thread::spawn(move || {
        *m2.lock().unwrap() += 1;
    });
    t.join().unwrap();
    drop(guard);
}
