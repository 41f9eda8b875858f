//@ covers: write with a buffer longer than 8 bytes fails with EINVAL on this kernel (count must be exactly 8) and adds nothing
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

fn main() {
    let fd = unsafe { eventfd(0, EFD_NONBLOCK) };
    for n in [9usize, 16] {
        let mut buf = [0u8; 16];
        buf[..8].copy_from_slice(&3u64.to_ne_bytes());
        let r = unsafe { write(fd, buf.as_ptr() as *const c_void, n) };
        println!("write len {} -> {}", n, res(r));
    }
    let (r, b) = rd(fd, 8);
    println!("read {} {:?}", res(r), b);
    println!("write len 8 -> {}", res(wr(fd, &3u64.to_ne_bytes())));
    let (r, b) = rd(fd, 8);
    println!("read {} {:?}", res(r), b);
    unsafe { close(fd) };
}
