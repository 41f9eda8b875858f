//@ covers: read_to_string on a pipe that delivers invalid UTF-8 before EOF fails with InvalidData
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::fs::File;
use std::io::Read;
use std::os::fd::FromRawFd;

fn main() {
    let (r, w) = mkpipe();
    write_all(w, b"ok ");
    write_all(w, &[0xff, 0xfe]);
    unsafe { close(w) };
    let mut f = unsafe { File::from_raw_fd(r) };
    let mut s = String::new();
    match f.read_to_string(&mut s) {
        Ok(n) => println!("ok {}", n),
        Err(e) => println!("err {:?} / {}", e.kind(), e),
    }
    println!("string left {:?}", s);
}
