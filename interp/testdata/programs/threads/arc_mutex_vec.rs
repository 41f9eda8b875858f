//@ covers: Arc<Mutex<Vec<_>>> shared by threads, lock/push, Arc::strong_count, try_lock, results sorted after join
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));
    println!("strong count {}", Arc::strong_count(&shared));
    let mut handles = Vec::new();
    for t in 0..4u32 {
        let s = Arc::clone(&shared);
        handles.push(thread::spawn(move || {
            for k in 0..5 {
                let mut g = s.lock().unwrap();
                g.push(t * 100 + k);
            }
        }));
    }
    println!("strong count while running >= 1: {}", Arc::strong_count(&shared) >= 1);
    for h in handles {
        h.join().unwrap();
    }
    println!("strong count after join {}", Arc::strong_count(&shared));
    let mut v = shared.lock().unwrap().clone();
    println!("len {}", v.len());
    v.sort();
    println!("sorted {:?}", v);
    let counter = Arc::new(Mutex::new(0u64));
    let hs: Vec<_> = (0..3)
        .map(|_| {
            let c = counter.clone();
            thread::spawn(move || {
                for _ in 0..1000 {
                    *c.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("counter {}", *counter.lock().unwrap());
    let m = Mutex::new(5);
    {
        let g = m.lock().unwrap();
        println!("try_lock while held is_err {}", m.try_lock().is_err());
        println!("held value {}", *g);
    }
    println!("try_lock after release {:?}", m.try_lock().map(|g| *g).ok());
    let inner = Arc::try_unwrap(counter).unwrap().into_inner().unwrap();
    println!("into_inner {}", inner);
    println!("{:?}", Mutex::new(vec![1, 2]));
}
