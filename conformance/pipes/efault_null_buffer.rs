//@ covers: write/read with a null buffer and nonzero length fail with EFAULT; a null buffer with length 0 returns 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let null = std::ptr::null_mut::<c_void>();
    println!("write null 5 {}", res(unsafe { write(w, null, 5) }));
    println!("write null 0 {}", res(unsafe { write(w, null, 0) }));
    println!("fionread {}", fionread(r));
    println!("write data {}", res(wr(w, b"hello")));
    println!("read null 5 {}", res(unsafe { read(r, null, 5) }));
    println!("read null 0 {}", res(unsafe { read(r, null, 0) }));
    println!("fionread {}", fionread(r));
    println!("read {}", rds(r, 10));
    unsafe {
        close(r);
        close(w);
    }
}
