//@ covers: std::io::pipe: write_all of 300000 bytes blocks on the full pipe and completes as a reader thread drains it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        nap(5);
        let mut total = 0usize;
        let mut sum = 0u64;
        let mut buf = [0u8; 8192];
        loop {
            let n = rd.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            for i in 0..n {
                sum += buf[i] as u64;
            }
            total += n;
        }
        (total, sum)
    });
    let mut data = vec![0u8; 300000];
    for i in 0..data.len() {
        data[i] = (i % 3) as u8;
    }
    let r = wt.write_all(&data);
    drop(wt);
    let (total, sum) = t.join().unwrap();
    println!("write_all ok {}", r.is_ok());
    println!("reader total {} sum {}", total, sum);
}
