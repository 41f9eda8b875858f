//@ covers: recv with MSG_PEEK returns data without consuming it; a later recv gets the same bytes
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
    println!("send {}", snd(a, b"abcdef", 0));
    println!("peek 3 {}", rcv(b, 3, MSG_PEEK));
    println!("peek 10 {}", rcv(b, 10, MSG_PEEK));
    println!("fionread {}", fionread(b));
    println!("recv 2 {}", rcv(b, 2, 0));
    println!("peek {}", rcv(b, 10, MSG_PEEK));
    println!("recv {}", rcv(b, 10, 0));
    println!("peek empty dontwait {}", rcv(b, 10, MSG_PEEK | MSG_DONTWAIT));
    unsafe {
        close(a);
        close(b);
    }
}
