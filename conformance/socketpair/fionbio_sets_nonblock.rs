//@ covers: ioctl FIONBIO on a socket toggles O_NONBLOCK as seen by F_GETFL and recv
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let mut on: i32 = 1;
    println!("fionbio on {}", resi(unsafe { ioctl(b, FIONBIO, &mut on as *mut i32) }));
    println!("getfl nonblock {}", getfl(b) & O_NONBLOCK != 0);
    println!("read {}", rds(b, 4));
    let mut off: i32 = 0;
    println!("fionbio off {}", resi(unsafe { ioctl(b, FIONBIO, &mut off as *mut i32) }));
    println!("getfl nonblock {}", getfl(b) & O_NONBLOCK != 0);
    unsafe {
        close(a);
        close(b);
    }
}
