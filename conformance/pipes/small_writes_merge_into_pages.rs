//@ covers: small non-blocking writes merge into shared pages: 4096 writes of 16 bytes fill a default pipe to exactly 65536 bytes before EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let chunk = [b's'; 16];
    let mut total = 0usize;
    let mut writes = 0;
    loop {
        let n = wr(w, &chunk);
        if n < 0 {
            println!("stopped with {}", res(n));
            break;
        }
        total += n as usize;
        writes += 1;
    }
    println!("writes {} total {}", writes, total);
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
