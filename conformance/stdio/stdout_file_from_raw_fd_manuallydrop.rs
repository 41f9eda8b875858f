//@ covers: writing through File::from_raw_fd(1) in ManuallyDrop leaves fd 1 open for later println!
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::fs::File;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

fn main() {
    println!("before");
    {
        let mut f = ManuallyDrop::new(unsafe { File::from_raw_fd(1) });
        f.write_all(b"via File\n").unwrap();
        f.flush().unwrap();
    }
    println!("after");
    println!("fd 1 still open: write {}", res(wr(1, b"")));
}
