//@ covers: UnixStream::pair: after one end is dropped the other reads the data then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    a.write_all(b"from a").unwrap();
    drop(a);
    let mut buf = Vec::new();
    println!("read_to_end {}", b.read_to_end(&mut buf).unwrap());
    println!("data {:?}", String::from_utf8_lossy(&buf));
    let mut x = [0u8; 4];
    println!("read {}", b.read(&mut x).unwrap());
}
