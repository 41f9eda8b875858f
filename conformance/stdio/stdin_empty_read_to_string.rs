//@ covers: with no stdin provided, stdin().read_to_string and read_line return 0 immediately
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    let mut s = String::new();
    println!("read_to_string {}", std::io::stdin().read_to_string(&mut s).unwrap());
    let mut line = String::new();
    println!("read_line {} {:?}", std::io::stdin().read_line(&mut line).unwrap(), line);
}
