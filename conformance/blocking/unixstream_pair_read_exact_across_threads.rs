//@ covers: UnixStream::pair: read_exact in one thread blocks until the other thread's writes supply all 16 bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 16];
        a.read_exact(&mut buf).unwrap();
        buf
    });
    b.write_all(b"0123456").unwrap();
    nap(10);
    b.write_all(b"789abcdef").unwrap();
    let got = t.join().unwrap();
    println!("read_exact {:?}", String::from_utf8_lossy(&got));
}
