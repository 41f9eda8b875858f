//@ covers: UnixStream::pair: an echo thread reads each message and writes it back uppercased; main sees replies in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    let t = std::thread::spawn(move || {
        nap(5);
        let mut buf = [0u8; 5];
        let mut count = 0;
        loop {
            match b.read_exact(&mut buf) {
                Ok(()) => {}
                Err(_) => break,
            }
            for i in 0..5 {
                buf[i] = buf[i] - 32;
            }
            b.write_all(&buf).unwrap();
            count += 1;
        }
        count
    });
    for word in ["hello", "world", "pipes"] {
        a.write_all(word.as_bytes()).unwrap();
        let mut back = [0u8; 5];
        a.read_exact(&mut back).unwrap();
        println!("{} -> {}", word, String::from_utf8_lossy(&back));
    }
    drop(a);
    println!("echoed {}", t.join().unwrap());
}
