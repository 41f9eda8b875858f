//@ covers: join on a thread blocked in read returns only after main writes; the thread's result carries the bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let (n, b) = rd(r, 32);
        (n, b)
    });
    nap(20);
    write_all(w, b"for join");
    let (n, b) = t.join().unwrap();
    println!("joined: read {} {:?}", n, String::from_utf8_lossy(&b));
}
