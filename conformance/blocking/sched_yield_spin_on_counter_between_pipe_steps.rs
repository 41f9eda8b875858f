//@ covers: two threads alternate over an AtomicU32 turn counter with sched_yield, each writing its turn number to a pipe; the reader sees them in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

fn main() {
    let (r, w) = mkpipe();
    let turn = Arc::new(AtomicU32::new(0));
    let mut hs = Vec::new();
    for me in 0..2u32 {
        let t = turn.clone();
        hs.push(std::thread::spawn(move || {
            let mut k = me;
            while k < 10 {
                while t.load(Ordering::SeqCst) != k {
                    unsafe { sched_yield() };
                }
                write_all(w, &[b'0' + k as u8]);
                t.store(k + 1, Ordering::SeqCst);
                k += 2;
            }
        }));
    }
    let got = read_exact(r, 10);
    for h in hs {
        h.join().unwrap();
    }
    println!("order {:?}", String::from_utf8_lossy(&got));
}
