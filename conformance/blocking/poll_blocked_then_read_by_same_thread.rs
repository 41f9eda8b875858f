//@ covers: a thread that polls (timeout -1) then reads gets the data another thread wrote, poll reporting IN first
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let p = poll1(r, POLLIN, -1);
        let d = rds(r, 100);
        (p, d)
    });
    nap(20);
    write_all(w, b"polled");
    let (p, d) = t.join().unwrap();
    println!("poll {}", p);
    println!("read {}", d);
}
