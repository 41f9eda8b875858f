//@ covers: a MSG_WAITALL recv in progress completes after another thread closes its fd; the socket closes only when the recv returns
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

const MSG_WAITALL: i32 = 0x100;

fn main() {
    let (a, b) = mksocketpair(0);
    write_all(b, b"12345");
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 10];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 10, MSG_WAITALL) };
        format!("{} {:?}", res(r), String::from_utf8_lossy(&buf))
    });
    while fionread(a) != "0" {
        nap(1);
    }
    let c = resi(unsafe { close(a) });
    let s = res(wr(b, b"67890"));
    let got = t.join().unwrap();
    println!("close {} send {}", c, s);
    println!("recv {}", got);
    println!("peer read after recv returned {}", rds(b, 10));
    println!("recv on closed fd {}", rds(a, 10));
}
