//@ covers: std::io::pipe: EOF only after every try_clone of the PipeWriter is dropped
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() {
    let (mut reader, mut writer) = std::io::pipe().unwrap();
    let mut w2 = writer.try_clone().unwrap();
    writer.write_all(b"a").unwrap();
    drop(writer);
    w2.write_all(b"b").unwrap();
    set_nonblock(std::os::fd::AsRawFd::as_raw_fd(&reader), true);
    let mut buf = [0u8; 8];
    println!("read {:?}", reader.read(&mut buf));
    let e = reader.read(&mut buf).unwrap_err();
    println!("with clone open {:?}", e.kind());
    drop(w2);
    println!("after last drop {:?}", reader.read(&mut buf));
}
