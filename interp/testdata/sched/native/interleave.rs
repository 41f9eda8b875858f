//@ covers: three threads contend for a mutex and yield; the sorted result is schedule-independent
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut hs = Vec::new();
    for id in 0..3u32 {
        let log = Arc::clone(&log);
        hs.push(thread::spawn(move || {
            for step in 0..4u32 {
                log.lock().unwrap().push(id * 10 + step);
                thread::yield_now();
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    let mut v = log.lock().unwrap().clone();
    let n = v.len();
    v.sort();
    println!("{} entries: {:?}", n, v);
}
