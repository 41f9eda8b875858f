//@ covers: std::io::pipe: read_exact blocked for 10 bytes fails with UnexpectedEof when the writer thread drops its PipeWriter after 4 bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        wt.write_all(b"part").unwrap();
        nap(10);
        drop(wt);
    });
    let mut buf = [0u8; 10];
    let r = rd.read_exact(&mut buf);
    t.join().unwrap();
    match r {
        Ok(()) => println!("read_exact ok"),
        Err(e) => println!("read_exact error kind {:?}", e.kind()),
    }
}
