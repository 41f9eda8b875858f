//@ covers: recv blocked on a socket returns 0 when the peer socket is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 32];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 32, 0) };
        res(r)
    });
    nap(20);
    let c = resi(unsafe { close(b) });
    let got = t.join().unwrap();
    println!("close peer {}", c);
    println!("recv {}", got);
    println!("write after peer closed {}", res(wr(a, b"x")));
}
