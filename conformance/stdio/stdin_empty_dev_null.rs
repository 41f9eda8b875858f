//@ covers: with no stdin provided fd 0 is /dev/null: raw read returns 0 at once
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    println!("read {}", rds(0, 16));
    println!("read again {}", rds(0, 16));
}
