//@ covers: FIONBIO acts on the open file description (a dup sees it) and any nonzero value turns O_NONBLOCK on
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { dup(w) };
    let mut v: i32 = 42;
    println!("fionbio 42 on w {}", resi(unsafe { ioctl(w, FIONBIO, &mut v as *mut i32) }));
    println!("w {:#x} dup {:#x}", getfl(w), getfl(d));
    println!("fill via dup {}", fill(d));
    v = 0;
    unsafe { ioctl(d, FIONBIO, &mut v as *mut i32) };
    println!("after clear via dup: w {:#x}", getfl(w));
    unsafe {
        close(r);
        close(w);
        close(d);
    }
}
