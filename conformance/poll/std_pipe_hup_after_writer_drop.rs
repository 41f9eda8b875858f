//@ covers: through std::io::pipe: dropping the PipeWriter makes the reader poll POLLHUP, after data IN|HUP
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


use std::io::Write;
use std::os::fd::AsRawFd;
fn main() {
    let (reader, mut writer) = std::io::pipe().unwrap();
    let r = reader.as_raw_fd();
    println!("empty {}", poll1(r, POLLIN, 0));
    writer.write_all(b"bye").unwrap();
    println!("data {}", poll1(r, POLLIN, 0));
    drop(writer);
    println!("writer dropped {}", poll1(r, POLLIN, 0));
    println!("read {}", rds(r, 10));
    println!("drained {}", poll1(r, POLLIN, 0));
}
