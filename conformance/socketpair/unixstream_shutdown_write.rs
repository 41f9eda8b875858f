//@ covers: UnixStream::shutdown(Shutdown::Write): peer's read_to_end sees EOF; later writes fail BrokenPipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

use std::io::{Read, Write};
use std::net::Shutdown;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    a.write_all(b"all of it").unwrap();
    println!("shutdown {:?}", a.shutdown(Shutdown::Write).map_err(|e| e.kind()));
    let mut v = Vec::new();
    let n = b.read_to_end(&mut v).unwrap();
    println!("b read_to_end {} {:?}", n, String::from_utf8_lossy(&v));
    match a.write(b"more") {
        Ok(n) => println!("a write ok {}", n),
        Err(e) => println!("a write err {:?} {:?}", e.kind(), e.raw_os_error()),
    }
    b.write_all(b"back").unwrap();
    let mut s = String::new();
    b.shutdown(Shutdown::Both).unwrap();
    println!("a read_to_string {:?} {:?}", a.read_to_string(&mut s).map_err(|e| e.kind()), s);
}
