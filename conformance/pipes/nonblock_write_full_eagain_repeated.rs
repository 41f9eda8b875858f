//@ covers: writes to a full non-blocking pipe keep failing with EAGAIN and leave the contents unchanged
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    for n in [1usize, 512, 4096, 65536] {
        let data = vec![b'z'; n];
        println!("write {} {}", n, res(wr(w, &data)));
    }
    println!("fionread {}", fionread(r));
    let back = read_exact(r, 65536);
    println!("all x {}", back.iter().all(|&b| b == b'x'));
    unsafe {
        close(r);
        close(w);
    }
}
