//@ covers: File::from_raw_fd on a pipe: read_to_string collects text written from a thread until EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::fs::File;
use std::io::Read;
use std::os::fd::FromRawFd;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        write_all(w, b"alpha\n");
        write_all(w, b"beta\n");
        unsafe { close(w) };
    });
    let mut f = unsafe { File::from_raw_fd(r) };
    let mut s = String::new();
    let n = f.read_to_string(&mut s).unwrap();
    t.join().unwrap();
    println!("n {}", n);
    print!("{}", s);
}
