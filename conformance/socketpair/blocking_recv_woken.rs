//@ covers: a blocking recv on an empty socket is woken by a send from another thread
//@ seeds: 4
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
    let t = std::thread::spawn(move || rcv(b, 16, 0));
    nap(20);
    let s = snd(a, b"wake up", 0);
    let got = t.join().unwrap();
    println!("send {}", s);
    println!("receiver got {}", got);
    unsafe {
        close(a);
        close(b);
    }
}
