//@ covers: O_DIRECT packets never share pages: a non-blocking packet pipe takes only 16 one-byte writes before EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_DIRECT | O_NONBLOCK);
    let mut count = 0;
    loop {
        let n = wr(w, b"1");
        if n < 0 {
            println!("stopped {}", res(n));
            break;
        }
        count += 1;
    }
    println!("one-byte writes {}", count);
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
