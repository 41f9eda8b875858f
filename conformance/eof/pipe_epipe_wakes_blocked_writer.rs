//@ covers: a writer blocked on a full pipe wakes with EPIPE when the last reader closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let filler = vec![0u8; 65536];
    write_all(w, &filler);
    let t = std::thread::spawn(move || res(wr(w, b"blocked")));
    nap(30);
    unsafe { close(r) };
    println!("writer got {}", t.join().unwrap());
    unsafe { close(w) };
}
