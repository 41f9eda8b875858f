//@ covers: AtomicBool/AtomicUsize/AtomicU32/AtomicI32/AtomicU64 load/store/fetch_add/fetch_sub/swap/compare_exchange, single and multi-thread
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU32, AtomicU64, AtomicUsize, Ordering::*};
use std::sync::Arc;
use std::thread;

static GLOBAL: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let b = AtomicBool::new(false);
    println!("bool swap {} load {}", b.swap(true, SeqCst), b.load(SeqCst));
    println!("bool cx {:?} {:?}", b.compare_exchange(false, true, SeqCst, SeqCst), b.compare_exchange(true, false, SeqCst, SeqCst));
    println!("bool fetch_or {} fetch_and {} now {}", b.fetch_or(true, SeqCst), b.fetch_and(false, SeqCst), b.load(Relaxed));
    let u = AtomicU32::new(10);
    println!("u32 fetch_add {} fetch_sub {} load {}", u.fetch_add(5, SeqCst), u.fetch_sub(3, SeqCst), u.load(SeqCst));
    println!("u32 wrap fetch_sub {} -> {}", { let z = AtomicU32::new(0); z.fetch_sub(1, SeqCst); z.load(SeqCst) }, "wrapped");
    u.store(7, Release);
    println!("u32 swap {} cx ok {:?} cx fail {:?}", u.swap(9, AcqRel), u.compare_exchange(9, 1, SeqCst, SeqCst), u.compare_exchange(9, 2, SeqCst, SeqCst));
    let i = AtomicI32::new(-5);
    println!("i32 fetch_add {} fetch_max {} fetch_min {} load {}", i.fetch_add(-10, SeqCst), i.fetch_max(3, SeqCst), i.fetch_min(-1, SeqCst), i.load(SeqCst));
    let w = AtomicU64::new(u64::MAX - 1);
    println!("u64 fetch_add wraps: {} then {}", w.fetch_add(3, SeqCst), w.load(SeqCst));
    println!("u64 fetch_xor {} now {:#x}", w.fetch_xor(0xff, SeqCst), w.load(SeqCst));
    println!("u64 fetch_update {:?} now {}", w.fetch_update(SeqCst, SeqCst, |x| Some(x * 10)), w.load(SeqCst));
    println!("into_inner {}", AtomicUsize::new(77).into_inner());
    let total = Arc::new(AtomicU64::new(0));
    let max_seen = Arc::new(AtomicUsize::new(0));
    let mut hs = Vec::new();
    for t in 0..4usize {
        let (tot, mx) = (total.clone(), max_seen.clone());
        hs.push(thread::spawn(move || {
            for k in 0..1000u64 {
                tot.fetch_add(k, Relaxed);
                GLOBAL.fetch_add(1, Relaxed);
            }
            let mut cur = mx.load(Relaxed);
            while cur < t {
                match mx.compare_exchange_weak(cur, t, SeqCst, Relaxed) {
                    Ok(_) => break,
                    Err(actual) => cur = actual,
                }
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("threads total {} global {} max {}", total.load(SeqCst), GLOBAL.load(SeqCst), max_seen.load(SeqCst));
}
