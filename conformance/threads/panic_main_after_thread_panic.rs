//@ covers: a thread panic (joined) followed by a main panic: both messages, exit 101
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let t = std::thread::spawn(|| panic!("worker failed"));
    let failed = t.join().is_err();
    println!("worker failed {}", failed);
    panic!("main failed too");
}
