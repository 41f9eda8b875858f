//@ covers: with three write-end descriptors (dup, F_DUPFD) a blocked reader is not woken by closing two of them; the third still delivers data
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let w2 = unsafe { dup(w) };
    let w3 = unsafe { fcntl(w, F_DUPFD, 10) };
    println!("fds {} {} {} {}", r, w, w2, w3);
    let t = std::thread::spawn(move || {
        let a = rds(r, 100);
        let b = rds(r, 100);
        (a, b)
    });
    nap(20);
    unsafe {
        close(w);
        close(w2);
    }
    nap(20);
    let n = res(wr(w3, b"third"));
    unsafe { close(w3) };
    let (a, b) = t.join().unwrap();
    println!("write via w3 {}", n);
    println!("reads {} / {}", a, b);
}
