//@ covers: a thread that panics after releasing its Mutex guard does not poison it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::{Arc, Mutex};

fn main() {
    let m = Arc::new(Mutex::new(0u32));
    let m2 = m.clone();
    let t = std::thread::spawn(move || {
        {
            let mut g = m2.lock().unwrap();
            *g += 5;
        }
        panic!("after unlock");
    });
    println!("join is_err {}", t.join().is_err());
    let l = m.lock();
    println!("lock is_err {}", l.is_err());
    println!("value {}", *l.unwrap());
}
