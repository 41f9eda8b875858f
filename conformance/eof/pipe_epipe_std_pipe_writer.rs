//@ covers: std PipeWriter::write after the PipeReader is dropped returns Err(BrokenPipe)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;

fn main() {
    let (reader, mut writer) = std::io::pipe().unwrap();
    drop(reader);
    match writer.write(b"data") {
        Ok(n) => println!("wrote {}", n),
        Err(e) => {
            println!("kind {:?}", e.kind());
            println!("raw {:?}", e.raw_os_error());
            println!("display {}", e);
            println!("debug {:?}", e);
        }
    }
    println!("write_all is_err {}", writer.write_all(b"more").is_err());
}
