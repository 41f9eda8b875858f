//@ covers: a Condvar hands a pipe fd to a waiting thread, which reads it and returns the data via join
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::sync::{Arc, Condvar, Mutex};

fn main() {
    let pair = Arc::new((Mutex::new(None::<i32>), Condvar::new()));
    let p2 = pair.clone();
    let t = std::thread::spawn(move || {
        let (m, cv) = &*p2;
        let mut g = m.lock().unwrap();
        while g.is_none() {
            g = cv.wait(g).unwrap();
        }
        let fd = g.unwrap();
        drop(g);
        read_to_eof(fd)
    });
    let (r, w) = mkpipe();
    write_all(w, b"handed over");
    unsafe { close(w) };
    {
        let (m, cv) = &*pair;
        *m.lock().unwrap() = Some(r);
        cv.notify_one();
    }
    let got = t.join().unwrap();
    println!("thread read {:?}", String::from_utf8_lossy(&got));
}
