//@ covers: a thread panicking while holding a Mutex poisons it: lock() returns Err, the data is still reachable
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::{Arc, Mutex};

fn main() {
    let m = Arc::new(Mutex::new(vec![1, 2]));
    let m2 = m.clone();
    let t = std::thread::spawn(move || {
        let mut g = m2.lock().unwrap();
        g.push(3);
        panic!("poisoning the mutex");
    });
    println!("join is_err {}", t.join().is_err());
    let l = m.lock();
    println!("lock is_err {}", l.is_err());
    let g = match l {
        Ok(g) => g,
        Err(e) => e.into_inner(),
    };
    println!("data {:?}", *g);
}
