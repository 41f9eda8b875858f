//@ covers: a reader thread blocked in read stores what it got under a Mutex and notifies a Condvar; main waits on the Condvar, not on join
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::{Arc, Condvar, Mutex};

fn main() {
    let (r, w) = mkpipe();
    let slot: Arc<(Mutex<Option<String>>, Condvar)> = Arc::new((Mutex::new(None), Condvar::new()));
    let s2 = slot.clone();
    let t = std::thread::spawn(move || {
        let got = rds(r, 64);
        let (lock, cv) = &*s2;
        *lock.lock().unwrap() = Some(got);
        cv.notify_all();
    });
    nap(20);
    write_all(w, b"signal");
    let (lock, cv) = &*slot;
    let mut g = lock.lock().unwrap();
    while g.is_none() {
        g = cv.wait(g).unwrap();
    }
    println!("condvar saw {}", g.clone().unwrap());
    drop(g);
    t.join().unwrap();
}
