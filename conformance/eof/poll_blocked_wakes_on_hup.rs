//@ covers: poll with infinite timeout on a pipe read end wakes with HUP when a thread closes the writer
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        nap(20);
        unsafe { close(w) };
    });
    let got = poll1(r, POLLIN, -1);
    t.join().unwrap();
    println!("poll {}", got);
    unsafe { close(r) };
}
