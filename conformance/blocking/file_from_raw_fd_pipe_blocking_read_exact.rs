//@ covers: a File made with from_raw_fd on a pipe read end blocks in read_exact until a writer thread supplies the bytes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::fs::File;
use std::io::Read;
use std::os::unix::io::FromRawFd;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        nap(10);
        write_all(w, b"raw");
        nap(5);
        write_all(w, b"-file");
        unsafe { close(w) };
    });
    let mut f = unsafe { File::from_raw_fd(r) };
    let mut buf = [0u8; 8];
    f.read_exact(&mut buf).unwrap();
    let mut rest = Vec::new();
    let n = f.read_to_end(&mut rest).unwrap();
    t.join().unwrap();
    println!("read_exact {:?} then {} more", String::from_utf8_lossy(&buf), n);
}
