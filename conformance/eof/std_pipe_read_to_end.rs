//@ covers: std::io::pipe: read_to_end returns everything written once the PipeWriter is dropped
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() {
    let (mut reader, mut writer) = std::io::pipe().unwrap();
    writer.write_all(b"one ").unwrap();
    writer.write_all(b"two").unwrap();
    drop(writer);
    let mut buf = Vec::new();
    let n = reader.read_to_end(&mut buf).unwrap();
    println!("read_to_end {} {:?}", n, String::from_utf8_lossy(&buf));
    let mut more = Vec::new();
    println!("again {}", reader.read_to_end(&mut more).unwrap());
    let mut one = [0u8; 4];
    println!("read {}", reader.read(&mut one).unwrap());
}
