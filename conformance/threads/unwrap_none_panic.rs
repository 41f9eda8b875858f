//@ covers: unwrap on None panics with the standard Option message, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let fds = [3, 4, 5];
    let pos = fds.iter().position(|f| *f == 9);
    println!("position {:?}", pos);
    let p = pos.unwrap();
    println!("not reached {}", p);
}
