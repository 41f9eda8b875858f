//@ covers: a writer sleeping with Duration::from_micros, Duration::new and Duration::from_secs(0) between writes feeds a reader until EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::time::Duration;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_micros(3000));
        write_all(w, b"a");
        std::thread::sleep(Duration::new(0, 2_000_000));
        write_all(w, b"b");
        std::thread::sleep(Duration::from_secs(0));
        write_all(w, b"c");
        std::thread::sleep(Duration::from_millis(1) * 4);
        unsafe { close(w) };
    });
    let data = read_to_eof(r);
    t.join().unwrap();
    println!("reader got {:?}", String::from_utf8_lossy(&data));
}
