//@ covers: O_APPEND set with F_SETFL on a dup of the write end shows in F_GETFL of the original (status flags live in the shared open file description)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { fcntl(w, F_DUPFD, 0) };
    println!("setfl append on copy {}", resi(unsafe { fcntl(d, F_SETFL, O_APPEND | O_NONBLOCK) }));
    println!("orig {:#x} copy {:#x}", getfl(w), getfl(d));
    println!("read end unaffected {:#x}", getfl(r));
    unsafe {
        close(d);
        close(r);
        close(w);
    }
}
