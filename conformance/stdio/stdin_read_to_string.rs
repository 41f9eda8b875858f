//@ covers: std::io::stdin().read_to_string reads the whole stdin until EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    let mut s = String::new();
    let n = std::io::stdin().read_to_string(&mut s).unwrap();
    println!("n {}", n);
    println!("{:?}", s);
    let mut again = String::new();
    println!("again {}", std::io::stdin().read_to_string(&mut again).unwrap());
}
