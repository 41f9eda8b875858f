//@ covers: a thread returning Result: join().unwrap() yields the inner Err(io::Error) from a failed pipe write
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;

fn main() {
    let (reader, mut writer) = std::io::pipe().unwrap();
    drop(reader);
    let t = std::thread::spawn(move || writer.write(b"x"));
    let inner = t.join().unwrap();
    println!("inner is_err {}", inner.is_err());
    let e = inner.unwrap_err();
    println!("kind {:?} raw {:?}", e.kind(), e.raw_os_error());
}
