//@ covers: both ends of a socketpair wait in recv for the other to speak first
//@ interp-only: deadlock
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || rds(b, 4));
    let mine = rds(a, 4);
    println!("{} {}", mine, t.join().unwrap());
}
