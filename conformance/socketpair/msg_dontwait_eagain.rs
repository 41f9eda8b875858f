//@ covers: recv with MSG_DONTWAIT on an empty blocking socket fails with EAGAIN and leaves O_NONBLOCK clear
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
    println!("recv dontwait {}", rcv(b, 8, MSG_DONTWAIT));
    println!("getfl nonblock {}", getfl(b) & O_NONBLOCK != 0);
    println!("send dontwait {}", snd(a, b"ok", MSG_DONTWAIT));
    println!("recv dontwait {}", rcv(b, 8, MSG_DONTWAIT));
    println!("recv dontwait again {}", rcv(b, 8, MSG_DONTWAIT));
    unsafe {
        close(a);
        close(b);
    }
}
