//@ covers: UnixStream::pair: write after the peer is dropped is Err(BrokenPipe)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;
use std::os::unix::net::UnixStream;

fn main() {
    let (mut a, b) = UnixStream::pair().unwrap();
    drop(b);
    let e = a.write(b"hello").unwrap_err();
    println!("kind {:?}", e.kind());
    println!("{}", e);
}
