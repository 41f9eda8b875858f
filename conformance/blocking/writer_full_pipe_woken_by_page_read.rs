//@ covers: a writer blocked on a full pipe (65536 bytes) is woken when a reader frees a page by reading 4096 bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    let filled = fill(w);
    set_nonblock(w, false);
    println!("filled {}", filled);
    let t = std::thread::spawn(move || res(wr(w, b"tail")));
    nap(20);
    let (n, _) = rd(r, 4096);
    let wres = t.join().unwrap();
    println!("read {}", n);
    println!("blocked write returned {}", wres);
    println!("fionread after {}", fionread(r));
}
