//@ covers: read on a pipe returns 0 (EOF) once its only write end is closed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    println!("close w {}", resi(unsafe { close(w) }));
    println!("read {}", rds(r, 16));
    unsafe { close(r) };
}
