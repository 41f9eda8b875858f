//@ covers: a panicking unnamed thread prints its panic message on stderr, join returns Err, main continues
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let t = std::thread::spawn(|| {
        if unsafe { getpid() } > 0 {
            panic!("boom in worker");
        }
        5
    });
    let r = t.join();
    println!("join is_err {}", r.is_err());
    println!("main continues");
}
