//@ covers: thread::yield_now and thread::sleep(Duration::from_millis) in spinning/sleeping threads; Duration arithmetic
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

fn main() {
    let d = Duration::from_millis(1500);
    println!("duration {:?} secs {} millis {} {:?}", d, d.as_secs(), d.as_millis(), Duration::from_secs(2) - d);
    println!("{:?} {:?} {:?}", Duration::from_micros(5), Duration::from_nanos(1_000_001), Duration::ZERO);
    println!("{:?}", Duration::from_millis(3) * 4 + Duration::from_secs(1));
    let ready = Arc::new(AtomicBool::new(false));
    let spins = Arc::new(AtomicUsize::new(0));
    let (r2, s2) = (ready.clone(), spins.clone());
    let waiter = thread::spawn(move || {
        while !r2.load(Ordering::Acquire) {
            s2.fetch_add(1, Ordering::Relaxed);
            thread::yield_now();
        }
        "saw ready"
    });
    thread::sleep(Duration::from_millis(20));
    ready.store(true, Ordering::Release);
    println!("waiter: {}", waiter.join().unwrap());
    println!("spun at least once or not: {}", spins.load(Ordering::Relaxed) < usize::MAX);
    let mut hs = Vec::new();
    for i in 0..4u64 {
        hs.push(thread::spawn(move || {
            thread::sleep(Duration::from_millis(10 * (4 - i)));
            i * 10
        }));
    }
    let out: Vec<u64> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("sleepers joined in spawn order {:?}", out);
    for _ in 0..3 {
        thread::yield_now();
    }
    thread::sleep(Duration::ZERO);
    println!("done");
}
