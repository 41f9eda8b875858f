//@ covers: a socket reader looping until EOF gets the data sent before the peer closed, then 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || read_to_eof(a));
    nap(10);
    write_all(b, b"hello ");
    nap(10);
    write_all(b, b"world");
    unsafe { close(b) };
    let data = t.join().unwrap();
    println!("read {} {:?}", data.len(), String::from_utf8_lossy(&data));
}
