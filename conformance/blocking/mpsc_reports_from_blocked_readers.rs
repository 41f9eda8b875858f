//@ covers: three reader threads blocked on their pipes send (id, bytes) over one mpsc channel as they are woken; main collects all three
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::mpsc::channel;

fn main() {
    let (tx, rx) = channel();
    let mut ws = Vec::new();
    let mut hs = Vec::new();
    for id in 0..3usize {
        let (r, w) = mkpipe();
        ws.push(w);
        let tx = tx.clone();
        hs.push(std::thread::spawn(move || {
            let (n, _) = rd(r, 100);
            tx.send((id, n)).unwrap();
        }));
    }
    drop(tx);
    nap(10);
    for i in 0..3 {
        let data = vec![b'm'; 10 * (i + 1)];
        write_all(ws[i], &data);
    }
    let mut got = [0isize; 3];
    for (id, n) in rx {
        got[id] = n;
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("bytes per reader {:?}", got);
}
