//@ covers: ping-pong of a 4-byte counter over UnixStream::pair across two threads for 200 round trips
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    let t = std::thread::spawn(move || {
        nap(5);
        let mut buf = [0u8; 4];
        let mut rounds = 0;
        while b.read_exact(&mut buf).is_ok() {
            let v = buf[0] as u32 | (buf[1] as u32) << 8 | (buf[2] as u32) << 16 | (buf[3] as u32) << 24;
            let v = v + 1;
            b.write_all(&[v as u8, (v >> 8) as u8, (v >> 16) as u8, (v >> 24) as u8]).unwrap();
            rounds += 1;
        }
        rounds
    });
    let mut v = 0u32;
    for _ in 0..200 {
        a.write_all(&[v as u8, (v >> 8) as u8, (v >> 16) as u8, (v >> 24) as u8]).unwrap();
        let mut buf = [0u8; 4];
        a.read_exact(&mut buf).unwrap();
        v = buf[0] as u32 | (buf[1] as u32) << 8 | (buf[2] as u32) << 16 | (buf[3] as u32) << 24;
    }
    drop(a);
    println!("final {} echo rounds {}", v, t.join().unwrap());
}
