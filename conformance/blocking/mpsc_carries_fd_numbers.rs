//@ covers: fd numbers sent through an mpsc channel are usable by the worker thread: it blocks reading each pipe until main writes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::mpsc::channel;

fn main() {
    let (tx, rx) = channel::<i32>();
    let worker = std::thread::spawn(move || {
        let mut out = Vec::new();
        for fd in rx {
            out.push(format!("fd {}: {}", fd, rds(fd, 16)));
        }
        out
    });
    let mut ws = Vec::new();
    for _ in 0..3 {
        let (r, w) = mkpipe();
        tx.send(r).unwrap();
        ws.push(w);
    }
    drop(tx);
    nap(10);
    for (i, w) in ws.iter().enumerate() {
        write_all(*w, format!("data{}", i).as_bytes());
    }
    for line in worker.join().unwrap() {
        println!("{}", line);
    }
}
