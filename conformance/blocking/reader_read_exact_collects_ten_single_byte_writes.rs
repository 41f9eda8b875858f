//@ covers: a reader blocked in a read_exact loop for 10 bytes is woken repeatedly by 10 single-byte writes and gets them in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || read_exact(r, 10));
    for i in 0..10u8 {
        if i % 3 == 0 {
            nap(5);
        }
        write_all(w, &[b'0' + i]);
    }
    let got = t.join().unwrap();
    println!("read_exact {:?}", String::from_utf8_lossy(&got));
}
