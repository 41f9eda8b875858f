//@ covers: a thread waits on a Condvar for a flag and then writes to a pipe; main's blocking read gets the data after it notifies
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::{Arc, Condvar, Mutex};

fn main() {
    let (r, w) = mkpipe();
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let p2 = pair.clone();
    let t = std::thread::spawn(move || {
        let (lock, cv) = &*p2;
        let mut go = lock.lock().unwrap();
        while !*go {
            go = cv.wait(go).unwrap();
        }
        drop(go);
        res(wr(w, b"after notify"))
    });
    nap(10);
    {
        let (lock, cv) = &*pair;
        *lock.lock().unwrap() = true;
        cv.notify_one();
    }
    let got = rds(r, 64);
    let n = t.join().unwrap();
    println!("writer wrote {}", n);
    println!("main read {}", got);
}
