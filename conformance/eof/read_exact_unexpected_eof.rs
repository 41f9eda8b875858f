//@ covers: read_exact hitting EOF early returns io::Error kind UnexpectedEof
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() {
    let (mut reader, mut writer) = std::io::pipe().unwrap();
    writer.write_all(b"1234").unwrap();
    drop(writer);
    let mut buf = [0u8; 10];
    let e = reader.read_exact(&mut buf).unwrap_err();
    println!("kind {:?}", e.kind());
    println!("display {}", e);
    println!("raw {:?}", e.raw_os_error());
    println!("buf prefix {:?}", &buf[..4]);
    let mut rest = Vec::new();
    println!("left {}", reader.read_to_end(&mut rest).unwrap());
}
