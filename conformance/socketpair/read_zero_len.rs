//@ covers: a zero-length read on an empty blocking socket returns 0 at once, but a zero-length recv waits for data (MSG_DONTWAIT shows EAGAIN)
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
    println!("read 0 {}", rds(b, 0));
    println!("recv 0 dontwait {}", rcv(b, 0, MSG_DONTWAIT));
    println!("write {}", res(wr(a, b"x")));
    println!("read 0 with data {}", rds(b, 0));
    println!("recv 0 with data {}", rcv(b, 0, 0));
    println!("fionread {}", fionread(b));
    unsafe {
        close(a);
        close(b);
    }
}
