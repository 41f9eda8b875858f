//@ covers: a blocked reader wakes with the data and then EOF when a writer thread writes and closes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        nap(20);
        write_all(w, b"from thread");
        unsafe { close(w) };
    });
    let data = read_to_eof(r);
    t.join().unwrap();
    println!("got {:?}", String::from_utf8_lossy(&data));
    println!("read after eof {}", rds(r, 10));
    unsafe { close(r) };
}
