//@ covers: a MSG_WAITALL recv in progress keeps using its socket after another thread dup2s a pipe over the fd number; the fd then names the pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

const MSG_WAITALL: i32 = 0x100;

fn main() {
    let (a, b) = mksocketpair(0);
    let (pr, pw) = mkpipe();
    write_all(b, b"first-half|");
    let t = std::thread::spawn(move || {
        let mut buf = [0u8; 22];
        let r = unsafe { recv(a, buf.as_mut_ptr() as *mut _, 22, MSG_WAITALL) };
        format!("{} {:?}", res(r), String::from_utf8_lossy(&buf))
    });
    // The reader has consumed the first 11 bytes only once it is inside recv.
    while fionread(a) != "0" {
        nap(1);
    }
    let d = resi(unsafe { dup2(pr, a) });
    write_all(b, b"second-half");
    let got = t.join().unwrap();
    println!("dup2 {}", d);
    println!("recv {}", got);
    write_all(pw, b"pipe");
    println!("fd {} now reads {}", a, rds(a, 10));
    println!("send to old peer {}", res(wr(b, b"x")));
}
