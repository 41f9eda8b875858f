//@ covers: send and recv with flags 0 behave like write and read on a stream socketpair
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
    println!("send {}", snd(a, b"hello", 0));
    println!("send {}", snd(a, b"", 0));
    println!("recv {}", rcv(b, 3, 0));
    println!("read {}", rds(b, 10));
    println!("write {}", res(wr(b, b"back")));
    println!("recv {}", rcv(a, 10, 0));
    unsafe {
        close(a);
        close(b);
    }
}
