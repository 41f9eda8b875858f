//@ covers: Condvar::wait_while and wait_timeout_while with a predicate; a flag set by another thread wakes the waiter
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let state = Arc::new((Mutex::new(0u32), Condvar::new()));
    let s2 = state.clone();
    let worker = thread::spawn(move || {
        let (m, cv) = &*s2;
        for step in 1..=3 {
            thread::sleep(Duration::from_millis(5));
            *m.lock().unwrap() = step;
            cv.notify_all();
        }
    });
    let (m, cv) = &*state;
    let g = cv.wait_while(m.lock().unwrap(), |v| *v < 3).unwrap();
    println!("woke with value {}", *g);
    drop(g);
    worker.join().unwrap();
    let (g, res) = cv.wait_timeout_while(m.lock().unwrap(), Duration::from_millis(10), |v| *v == 3).unwrap();
    println!("timeout wait: timed_out {} value {}", res.timed_out(), *g);
    drop(g);
    let (g, res) = cv.wait_timeout_while(m.lock().unwrap(), Duration::from_millis(10), |v| *v != 3).unwrap();
    println!("already true: timed_out {} value {}", res.timed_out(), *g);
    drop(g);
    // a gate opened by the main thread for several waiters
    let gate = Arc::new((Mutex::new(false), Condvar::new()));
    let mut hs = Vec::new();
    for i in 0..3u32 {
        let g2 = gate.clone();
        hs.push(thread::spawn(move || {
            let (lock, cv) = &*g2;
            let open = cv.wait_while(lock.lock().unwrap(), |o| !*o).unwrap();
            assert!(*open);
            i + 1
        }));
    }
    thread::sleep(Duration::from_millis(5));
    *gate.0.lock().unwrap() = true;
    gate.1.notify_all();
    let mut out: Vec<u32> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    out.sort();
    println!("gate waiters {:?}", out);
}
