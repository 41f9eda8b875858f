//@ covers: unwrap on Err(io::Error) panics printing the error's Debug form, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;

fn main() {
    let (reader, mut writer) = std::io::pipe().unwrap();
    drop(reader);
    println!("writing");
    writer.write_all(b"nobody listens").unwrap();
}
