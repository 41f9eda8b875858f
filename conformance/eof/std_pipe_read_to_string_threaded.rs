//@ covers: std::io::pipe: read_to_string blocks until a writer thread drops its PipeWriter
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};

fn main() {
    let (mut reader, mut writer) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        for i in 0..5 {
            writer.write_all(format!("line {}\n", i).as_bytes()).unwrap();
            nap(2);
        }
    });
    let mut s = String::new();
    let n = reader.read_to_string(&mut s).unwrap();
    t.join().unwrap();
    println!("read_to_string {}", n);
    print!("{}", s);
}
