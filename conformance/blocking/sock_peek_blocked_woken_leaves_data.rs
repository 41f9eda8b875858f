//@ covers: recv with MSG_PEEK blocked on an empty socket is woken by a send and leaves the data queued
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 16];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 16, MSG_PEEK) };
        let peeked = format!("{} {:?}", res(r), String::from_utf8_lossy(&buf[..r as usize]));
        (peeked, rds(a, 16))
    });
    nap(20);
    write_all(b, b"peekaboo");
    let (peeked, read) = t.join().unwrap();
    println!("peek {}", peeked);
    println!("read {}", read);
}
