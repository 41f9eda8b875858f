//@ covers: std::io::pipe: read_exact of 12 bytes on the PipeReader blocks across three writes from a writer thread
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        for part in [&b"abcd"[..], &b"efgh"[..], &b"ijkl"[..]] {
            nap(3);
            wt.write_all(part).unwrap();
        }
    });
    let mut buf = [0u8; 12];
    let r = rd.read_exact(&mut buf);
    t.join().unwrap();
    println!("read_exact {:?} {:?}", r.is_ok(), String::from_utf8_lossy(&buf));
}
