//@ covers: std PipeWriter write after the PipeReader is dropped returns an Err with kind BrokenPipe and raw_os_error 32
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::io::Write;

fn main() {
    let (rd, mut wr) = std::io::pipe().unwrap();
    drop(rd);
    let e = wr.write(b"nobody listens").unwrap_err();
    println!("kind {:?} raw {:?} name {}", e.kind(), e.raw_os_error(), errno_name(e.raw_os_error().unwrap()));
    println!("debug {:?}", e);
    println!("write_all {:?}", wr.write_all(b"x").map_err(|e| e.kind()));
}
