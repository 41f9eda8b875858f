//@ covers: recv blocked on an empty AF_UNIX stream socket is woken by the peer's send
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn sock_recv(fd: i32, n: usize, flags: i32) -> String {
    let mut buf = vec![0u8; n];
    let r = unsafe { recv(fd, buf.as_mut_ptr() as *mut _, n, flags) };
    if r < 0 {
        return res(r);
    }
    format!("{} {:?}", r, String::from_utf8_lossy(&buf[..r as usize]))
}

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || sock_recv(a, 64, 0));
    nap(20);
    let n = res(unsafe { send(b, b"ping".as_ptr() as *const _, 4, 0) });
    let got = t.join().unwrap();
    println!("send {}", n);
    println!("recv {}", got);
}
