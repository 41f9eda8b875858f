// Threads with join values, Arc<Mutex<_>>, and an mpsc channel.
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
fn main() {
    let total = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for i in 1..=4 {
        let t = Arc::clone(&total);
        handles.push(thread::spawn(move || {
            let mut g = t.lock().unwrap();
            *g += i;
            i * 10
        }));
    }
    let mut joined = 0;
    for h in handles { joined += h.join().unwrap(); }
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || { for k in 0..3u8 { tx.send(k).unwrap(); } });
    let got: Vec<u8> = rx.iter().collect();
    producer.join().unwrap();
    println!("{} {} {:?}", *total.lock().unwrap(), joined, got);
}
