//@ covers: sixteen threads block reading one byte each from a shared pipe; main writes 16 bytes; all wake
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    let sum = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..16 {
        let s = sum.clone();
        handles.push(std::thread::spawn(move || {
            let (n, b) = rd(r, 1);
            if n == 1 {
                s.fetch_add(b[0] as usize, Ordering::SeqCst);
            }
            n
        }));
    }
    nap(20);
    let bytes: Vec<u8> = (1..=16).collect();
    println!("write {}", res(wr(w, &bytes)));
    let mut got = 0;
    for h in handles {
        got += h.join().unwrap();
    }
    println!("bytes read {}", got);
    println!("sum {}", sum.load(Ordering::SeqCst));
}
