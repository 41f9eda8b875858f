//@ covers: a write end copied with dup2 to fd 20 keeps readers from seeing EOF until fd 20 is closed as well
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    unsafe { dup2(w, 20) };
    unsafe { close(w) };
    println!("read with fd 20 open {}", rds(r, 4));
    println!("write via 20 {}", res(wr(20, b"x")));
    unsafe { close(20) };
    println!("read {}", rds(r, 4));
    println!("read after last writer {}", rds(r, 4));
    unsafe { close(r) };
}
