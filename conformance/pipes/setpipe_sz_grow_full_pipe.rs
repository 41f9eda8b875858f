//@ covers: growing a full pipe with F_SETPIPE_SZ makes room: a write that got EAGAIN now succeeds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("filled {}", fill(w));
    println!("write when full {}", res(wr(w, b"abc")));
    println!("grow {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 131072) }));
    println!("write after grow {}", res(wr(w, b"abc")));
    println!("fionread {}", fionread(r));
    println!("drained {}", drain(r));
    unsafe {
        close(r);
        close(w);
    }
}
