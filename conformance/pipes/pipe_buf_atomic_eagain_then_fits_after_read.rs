//@ covers: a non-blocking write of PIPE_BUF bytes into a nearly full pipe gets EAGAIN with nothing written; after reading a page it succeeds whole
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("read 100 {}", rd(r, 100).0);
    println!("write 4096 {}", res(wr(w, &[b'a'; PIPE_BUF])));
    println!("fionread {}", fionread(r));
    println!("read 4000 {}", rd(r, 4000).0);
    println!("write 4096 again {}", res(wr(w, &[b'a'; PIPE_BUF])));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
