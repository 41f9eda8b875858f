//@ covers: a reader blocked on an empty pipe wakes with 0 when the last writer closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || rds(r, 16));
    nap(20);
    println!("close w {}", resi(unsafe { close(w) }));
    println!("reader got {}", t.join().unwrap());
    unsafe { close(r) };
}
