//@ covers: UnixStream::pair: read_to_end blocks until the peer stream, written to by another thread, is dropped
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    let t = std::thread::spawn(move || {
        for i in 0..4u8 {
            b.write_all(&vec![b'a' + i; 1000]).unwrap();
            nap(2);
        }
    });
    let mut out = Vec::new();
    let n = a.read_to_end(&mut out).unwrap();
    t.join().unwrap();
    println!("read_to_end {} first {} last {}", n, out[0] as char, out[n - 1] as char);
}
