//@ covers: SOCK_NONBLOCK sets O_NONBLOCK on both ends (F_GETFL) and an empty recv fails with EAGAIN
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
    let (a, b) = mksocketpair(SOCK_NONBLOCK);
    println!("getfl a {:#o} b {:#o}", getfl(a), getfl(b));
    println!("recv a {}", rcv(a, 8, 0));
    println!("read b {}", rds(b, 8));
    let (c, d) = mksocketpair(0);
    println!("plain getfl c {:#o} d {:#o}", getfl(c), getfl(d));
    unsafe {
        close(a);
        close(b);
        close(c);
        close(d);
    }
}
