//@ covers: a reader looping until EOF gets all data written by a writer thread that then closes the write end
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let wt = std::thread::spawn(move || {
        nap(10);
        write_all(w, b"abc");
        nap(10);
        write_all(w, b"def");
        unsafe { close(w) }
    });
    let data = read_to_eof(r);
    let c = wt.join().unwrap();
    println!("writer close {}", c);
    println!("read {} {:?}", data.len(), String::from_utf8_lossy(&data));
}
