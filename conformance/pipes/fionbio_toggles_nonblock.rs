//@ covers: ioctl FIONBIO with 1 sets O_NONBLOCK (visible in F_GETFL, reads get EAGAIN) and with 0 clears it
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let mut on: i32 = 1;
    let mut off: i32 = 0;
    println!("flags {:#x}", getfl(r));
    println!("fionbio 1 {}", resi(unsafe { ioctl(r, FIONBIO, &mut on as *mut i32) }));
    println!("flags {:#x}", getfl(r));
    println!("read {}", rds(r, 4));
    println!("fionbio 0 {}", resi(unsafe { ioctl(r, FIONBIO, &mut off as *mut i32) }));
    println!("flags {:#x}", getfl(r));
    unsafe {
        close(r);
        close(w);
    }
}
