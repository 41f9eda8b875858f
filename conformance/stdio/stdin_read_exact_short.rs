//@ covers: stdin().read_exact asking for more than stdin holds fails with UnexpectedEof
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Read;

fn main() {
    let mut buf = [0u8; 16];
    match std::io::stdin().read_exact(&mut buf) {
        Ok(()) => println!("ok"),
        Err(e) => println!("err {:?}: {}", e.kind(), e),
    }
    let mut small = [0u8; 1];
    println!("then is_err {}", std::io::stdin().read_exact(&mut small).is_err());
}
