// Mutex + Condvar handshake between two threads.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let p2 = Arc::clone(&pair);
    let h = thread::spawn(move || {
        let (lock, cv) = &*p2;
        *lock.lock().unwrap() = true;
        cv.notify_one();
    });
    let (lock, cv) = &*pair;
    let mut ready = lock.lock().unwrap();
    while !*ready { ready = cv.wait(ready).unwrap(); }
    drop(ready);
    h.join().unwrap();
    println!("ready");
}
