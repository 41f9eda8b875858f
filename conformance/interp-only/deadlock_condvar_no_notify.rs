//@ covers: a condvar wait that nobody will ever notify
//@ interp-only: deadlock
use std::sync::{Condvar, Mutex};

fn main() {
    let m = Mutex::new(false);
    let cv = Condvar::new();
    let mut ready = m.lock().unwrap();
    while !*ready {
        ready = cv.wait(ready).unwrap();
    }
    println!("unreachable");
}
