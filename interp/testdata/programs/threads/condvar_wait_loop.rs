//@ covers: Condvar wait in a while loop and notify_one/notify_all with a Mutex-protected queue (producer/consumer)
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Queue {
    items: Vec<u32>,
    closed: bool,
}

fn main() {
    let pair = Arc::new((Mutex::new(Queue { items: Vec::new(), closed: false }), Condvar::new()));
    let mut consumers = Vec::new();
    for id in 0..2 {
        let p = pair.clone();
        consumers.push(thread::spawn(move || {
            let (m, cv) = &*p;
            let mut got = Vec::new();
            loop {
                let mut q = m.lock().unwrap();
                while q.items.is_empty() && !q.closed {
                    q = cv.wait(q).unwrap();
                }
                match q.items.pop() {
                    Some(x) => got.push(x),
                    None => break,
                }
            }
            (id, got)
        }));
    }
    let (m, cv) = &*pair;
    for i in 1..=20 {
        m.lock().unwrap().items.push(i);
        cv.notify_one();
        if i % 5 == 0 {
            thread::yield_now();
        }
    }
    m.lock().unwrap().closed = true;
    cv.notify_all();
    let mut all = Vec::new();
    let mut total_per = Vec::new();
    for c in consumers {
        let (id, got) = c.join().unwrap();
        total_per.push(id);
        all.extend(got);
    }
    all.sort();
    println!("consumers joined {:?}", total_per);
    println!("received {} items: {:?}", all.len(), all);
    println!("sum {}", all.iter().sum::<u32>());
    println!("queue empty at end {}", m.lock().unwrap().items.is_empty());
}
