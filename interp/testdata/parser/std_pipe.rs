// std::io::pipe with Read and Write, EOF after the writer is dropped.
use std::io::{Read, Write};
fn main() {
    let (mut r, mut w) = std::io::pipe().unwrap();
    w.write_all(b"through the pipe").unwrap();
    drop(w);
    let mut s = String::new();
    r.read_to_string(&mut s).unwrap();
    println!("{} ({} bytes)", s, s.len());
}
