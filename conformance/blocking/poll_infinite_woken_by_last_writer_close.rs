//@ covers: poll with timeout -1 on an empty pipe's read end returns POLLHUP when the last writer closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || poll1(r, POLLIN, -1));
    nap(20);
    unsafe { close(w) };
    let got = t.join().unwrap();
    println!("poll {}", got);
}
