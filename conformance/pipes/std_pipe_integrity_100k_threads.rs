//@ covers: 100000 bytes written with std PipeWriter::write_all from a thread are read back intact with read_to_end on the PipeReader
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;

fn main() {
    let (mut rd, mut wr) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        let mut data = vec![0u8; 100000];
        for i in 0..100000 {
            data[i] = (i % 241) as u8;
        }
        for chunk in 0..10 {
            wr.write_all(&data[chunk * 10000..(chunk + 1) * 10000]).unwrap();
        }
    });
    let mut got = Vec::new();
    let n = rd.read_to_end(&mut got).unwrap();
    t.join().unwrap();
    println!("fionread at eof {}", fionread(rd.as_raw_fd()));
    let mut ok = true;
    for i in 0..got.len() {
        if got[i] != (i % 241) as u8 {
            ok = false;
        }
    }
    println!("read_to_end {} intact {}", n, ok);
}
