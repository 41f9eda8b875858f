//@ covers: ping-pong over two std::io::pipe pairs: each side's read blocks until the other side's write, 40 round trips
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut r1, mut w1) = std::io::pipe().unwrap();
    let (mut r2, mut w2) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        nap(5);
        let mut b = [0u8; 1];
        let mut rounds = 0;
        while r1.read(&mut b).unwrap() == 1 {
            w2.write_all(&[b[0] + 1]).unwrap();
            rounds += 1;
        }
        rounds
    });
    let mut v = 0u8;
    for _ in 0..40 {
        w1.write_all(&[v]).unwrap();
        let mut b = [0u8; 1];
        r2.read_exact(&mut b).unwrap();
        v = b[0];
    }
    drop(w1);
    let rounds = t.join().unwrap();
    let mut rest = Vec::new();
    r2.read_to_end(&mut rest).unwrap();
    println!("final {} rounds {} leftover {}", v, rounds, rest.len());
}
