//@ covers: stdin().read with a 5-byte buffer returns the data in pieces summing to the input size, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    let mut stdin = std::io::stdin();
    let mut buf = [0u8; 5];
    let mut total = 0;
    let mut data = Vec::new();
    loop {
        let n = stdin.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        total += n;
        data.extend_from_slice(&buf[..n]);
    }
    println!("total {} {:?}", total, String::from_utf8_lossy(&data));
}
