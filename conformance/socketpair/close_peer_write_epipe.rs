//@ covers: closing one end makes the peer's write and send fail with EPIPE
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
    unsafe { close(b) };
    println!("a write {}", res(wr(a, b"lost")));
    println!("a send {}", snd(a, b"lost", 0));
    println!("a write empty {}", res(wr(a, b"")));
    println!("a read {}", rds(a, 8));
    unsafe { close(a) };
}
