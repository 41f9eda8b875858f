//@ covers: stdout().write_all of arbitrary bytes (including NUL, DEL, 0xff) and flush
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;

fn main() {
    let mut out = std::io::stdout();
    out.write_all(b"bin:").unwrap();
    out.write_all(&[0u8, 1, 9, 127, 0xff, 0xfe, 0x80]).unwrap();
    out.write_all(b":end\n").unwrap();
    out.flush().unwrap();
    println!("ok");
}
