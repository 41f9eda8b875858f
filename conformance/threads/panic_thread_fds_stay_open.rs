//@ covers: fds created by a thread that panics stay open after the panic (no RAII for raw fds)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    let t = std::thread::spawn(move || {
        let (r, w) = mkpipe();
        tx.send((r, w)).unwrap();
        panic!("leaving fds {} and {} open", r, w);
    });
    println!("join is_err {}", t.join().is_err());
    let (r, w) = rx.recv().unwrap();
    println!("fds {} {}", r, w);
    println!("write {}", res(wr(w, b"still")));
    println!("read {}", rds(r, 8));
}
