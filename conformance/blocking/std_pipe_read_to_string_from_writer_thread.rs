//@ covers: std::io::pipe: read_to_string collects lines written by a writer thread until it drops the writer
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};

fn main() {
    let (mut rd, mut wt) = std::io::pipe().unwrap();
    let t = std::thread::spawn(move || {
        for i in 0..5 {
            writeln!(wt, "line {}", i).unwrap();
            if i == 2 {
                nap(5);
            }
        }
    });
    let mut s = String::new();
    rd.read_to_string(&mut s).unwrap();
    t.join().unwrap();
    print!("{}", s);
}
