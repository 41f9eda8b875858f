//@ covers: UnixStream with raw shutdown(SHUT_WR) on the writer: peer read_to_string ends, reply still flows back
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, mut b) = UnixStream::pair().unwrap();
    a.write_all(b"request").unwrap();
    println!("shutdown {}", resi(unsafe { shutdown(a.as_raw_fd(), SHUT_WR) }));
    let mut s = String::new();
    b.read_to_string(&mut s).unwrap();
    println!("b got {:?}", s);
    b.write_all(b"reply").unwrap();
    drop(b);
    let mut r = String::new();
    a.read_to_string(&mut r).unwrap();
    println!("a got {:?}", r);
}
