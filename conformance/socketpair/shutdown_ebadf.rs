//@ covers: shutdown, send and recv on a closed or negative fd fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
use std::os::raw::c_void;

#[allow(dead_code)]
fn snd(fd: i32, data: &[u8], flags: i32) -> String {
    res(unsafe { send(fd, data.as_ptr() as *const c_void, data.len(), flags) })
}

#[allow(dead_code)]
fn rcv(fd: i32, n: usize, flags: i32) -> String {
    let mut buf = vec![0u8; n];
    let r = unsafe { recv(fd, buf.as_mut_ptr() as *mut c_void, n, flags) };
    if r < 0 {
        res(r)
    } else {
        format!("{} {:?}", r, String::from_utf8_lossy(&buf[..r as usize]))
    }
}

fn main() {
    let (a, b) = mksocketpair(0);
    unsafe { close(a) };
    println!("shutdown closed {}", resi(unsafe { shutdown(a, SHUT_WR) }));
    println!("send closed {}", snd(a, b"x", 0));
    println!("recv closed {}", rcv(a, 4, 0));
    println!("read closed {}", rds(a, 4));
    println!("write closed {}", res(wr(a, b"x")));
    println!("shutdown -1 {}", resi(unsafe { shutdown(-1, SHUT_RDWR) }));
    println!("shutdown 9999 {}", resi(unsafe { shutdown(9999, SHUT_RDWR) }));
    unsafe { close(b) };
}
