//@ covers: a raw read(0) takes bytes first; stdin().read_to_string then returns the remainder
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    println!("raw {}", rds(0, 4));
    let mut s = String::new();
    let n = std::io::stdin().read_to_string(&mut s).unwrap();
    println!("std {} {:?}", n, s);
}
