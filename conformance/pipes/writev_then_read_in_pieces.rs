//@ covers: data from one writev of four iovecs reads back identically with plain reads of other sizes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let parts: [&[u8]; 4] = [b"The ", b"quick ", b"brown ", b"fox"];
    let mut iov = Vec::new();
    for p in parts.iter() {
        iov.push(IoVec { base: p.as_ptr() as *mut _, len: p.len() });
    }
    println!("writev {}", res(unsafe { writev(w, iov.as_ptr(), 4) }));
    unsafe { close(w) };
    println!("read {}", rds(r, 7));
    println!("read {}", rds(r, 7));
    println!("read {}", rds(r, 7));
    println!("read {}", rds(r, 7));
    unsafe { close(r) };
}
