//@ covers: writers holding a Mutex while writing multi-part messages keep each message contiguous in the pipe
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::sync::{Arc, Mutex};

fn main() {
    let (r, w) = mkpipe();
    let lock = Arc::new(Mutex::new(0u32));
    let mut hs = Vec::new();
    for id in 0..3u8 {
        let l = lock.clone();
        hs.push(std::thread::spawn(move || {
            for _ in 0..5 {
                let mut g = l.lock().unwrap();
                write_all(w, &[b'<', b'a' + id]);
                write_all(w, &[b'a' + id, b'>']);
                *g += 1;
            }
        }));
    }
    let reader = std::thread::spawn(move || read_to_eof(r));
    for h in hs {
        h.join().unwrap();
    }
    unsafe { close(w) };
    let data = reader.join().unwrap();
    let mut ok = true;
    let mut i = 0;
    while i + 4 <= data.len() {
        if data[i] != b'<' || data[i + 1] != data[i + 2] || data[i + 3] != b'>' {
            ok = false;
        }
        i += 4;
    }
    println!("messages {} counter {} contiguous {}", data.len() / 4, *lock.lock().unwrap(), ok);
}
