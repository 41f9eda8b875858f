//@ covers: expect on Err(UnexpectedEof) in a thread prints the expect message and the error Debug; join Err
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() {
    let (mut reader, mut writer) = std::io::pipe().unwrap();
    writer.write_all(b"ab").unwrap();
    drop(writer);
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 4];
        reader.read_exact(&mut buf).expect("need four bytes");
        buf
    });
    println!("join is_err {}", t.join().is_err());
}
