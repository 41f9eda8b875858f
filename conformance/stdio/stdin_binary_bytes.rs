//@ covers: stdin bytes that are not UTF-8 are read exactly by raw read and by Read::read_to_end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    let (r, b) = rd(0, 3);
    println!("raw {} {:?}", r, b);
    let mut rest = Vec::new();
    let n = std::io::stdin().read_to_end(&mut rest).unwrap();
    println!("rest {} {:?}", n, rest);
}
