//@ covers: reader threads blocked on one pipe each push what they read into a shared Mutex<Vec>; totals are conserved
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::{Arc, Mutex};

fn main() {
    let (r, w) = mkpipe();
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut hs = Vec::new();
    for _ in 0..3 {
        let res2 = results.clone();
        hs.push(std::thread::spawn(move || loop {
            let (n, b) = rd(r, 7);
            if n <= 0 {
                break;
            }
            res2.lock().unwrap().push(b.len());
        }));
    }
    nap(10);
    for i in 0..10 {
        write_all(w, &vec![b'0' + i; 5]);
    }
    unsafe { close(w) };
    for h in hs {
        h.join().unwrap();
    }
    let v = results.lock().unwrap();
    let total: usize = v.iter().sum();
    println!("total bytes through readers {}", total);
}
