//@ covers: std::sync::Barrier synchronising phases of several threads; exactly one leader per wait; RwLock reads/writes
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;

fn main() {
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let log = Arc::new(Mutex::new(Vec::new()));
    let table = Arc::new(RwLock::new(vec![0u32; n]));
    let mut hs = Vec::new();
    for id in 0..n {
        let (b, l, t) = (barrier.clone(), log.clone(), table.clone());
        hs.push(thread::spawn(move || {
            let mut leaders = 0;
            t.write().unwrap()[id] = (id as u32 + 1) * 10;
            l.lock().unwrap().push(format!("phase1 {}", id));
            if b.wait().is_leader() {
                leaders += 1;
            }
            let sum: u32 = t.read().unwrap().iter().sum();
            l.lock().unwrap().push(format!("phase2 {} sees {}", id, sum));
            if b.wait().is_leader() {
                leaders += 1;
            }
            leaders
        }));
    }
    let mut leaders = 0;
    for h in hs {
        leaders += h.join().unwrap();
    }
    let mut entries = log.lock().unwrap().clone();
    let all_phase1_first = entries[..n].iter().all(|e| e.starts_with("phase1"));
    entries.sort();
    for e in &entries {
        println!("{}", e);
    }
    println!("all phase1 entries before phase2: {}", all_phase1_first);
    println!("leaders total {}", leaders);
    println!("table {:?}", table.read().unwrap());
}
