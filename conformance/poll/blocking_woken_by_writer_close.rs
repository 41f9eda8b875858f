//@ covers: poll with timeout -1 on an empty pipe is woken with POLLHUP when another thread closes the writer
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        nap(20);
        unsafe { close(w) }
    });
    let got = poll1(r, POLLIN, -1);
    let c = t.join().unwrap();
    println!("poll {}", got);
    println!("close {}", c);
    unsafe { close(r); }
}
