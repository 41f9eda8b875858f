//@ covers: std::io::pipe: read_to_end blocks until the writer thread has written 70000 bytes and dropped the PipeWriter
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        nap(5);
        let data = vec![b'd'; 70000];
        wt.write_all(&data).unwrap();
        wt.flush().unwrap();
    });
    let mut out = Vec::new();
    let n = rd.read_to_end(&mut out).unwrap();
    t.join().unwrap();
    println!("read_to_end {} all d {}", n, out.iter().all(|&b| b == b'd'));
}
