//@ covers: poll with timeout -1 blocks until another thread writes to the pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        nap(20);
        wr(w, b"wake")
    });
    let got = poll1(r, POLLIN, -1);
    let wrote = t.join().unwrap();
    println!("poll {}", got);
    println!("writer wrote {}", res(wrote));
    println!("read {}", rds(r, 10));
    unsafe { close(r); close(w); }
}
