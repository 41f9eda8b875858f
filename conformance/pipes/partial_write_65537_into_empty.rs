//@ covers: a non-blocking write of 65537 bytes into an empty default pipe is partial: it returns 65536 and the next write gets EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    let data = vec![b'q'; 65537];
    println!("write 65537 {}", res(wr(w, &data)));
    println!("write again {}", res(wr(w, &data)));
    println!("fionread {}", fionread(r));
    let back = read_exact(r, 65536);
    println!("bytes ok {}", back.iter().all(|&b| b == b'q'));
    unsafe {
        close(r);
        close(w);
    }
}
