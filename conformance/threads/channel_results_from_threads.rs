//@ covers: eight threads send (id, result of a pipe round trip) on an mpsc channel; main places and prints them
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..8usize {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let (r, w) = mkpipe();
            let msg = vec![b'x'; id * 3];
            write_all(w, &msg);
            unsafe { close(w) };
            let n = read_to_eof(r).len();
            unsafe { close(r) };
            tx.send((id, n)).unwrap();
        });
    }
    drop(tx);
    let mut got = vec![None; 8];
    let mut count = 0;
    for (id, n) in rx {
        got[id] = Some(n);
        count += 1;
    }
    println!("received {}", count);
    for (i, g) in got.iter().enumerate() {
        println!("{} -> {:?}", i, g);
    }
}
