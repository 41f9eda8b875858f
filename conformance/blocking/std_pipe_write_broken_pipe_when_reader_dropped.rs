//@ covers: std::io::pipe: a write_all blocked on a full pipe fails with BrokenPipe when the reader thread drops the PipeReader
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 4];
        rd.read_exact(&mut buf).unwrap();
        nap(10);
        drop(rd);
        buf
    });
    let data = vec![b'b'; 200000];
    let r = wt.write_all(&data);
    let first = t.join().unwrap();
    println!("reader got {:?}", String::from_utf8_lossy(&first));
    match r {
        Ok(()) => println!("write_all ok"),
        Err(e) => println!("write_all error {:?} raw {:?}", e.kind(), e.raw_os_error()),
    }
}
