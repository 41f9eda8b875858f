//@ covers: FIONBIO and FIONREAD on a closed fd fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let mut v: i32 = 1;
    println!("fionbio 999 {}", resi(unsafe { ioctl(999, FIONBIO, &mut v as *mut i32) }));
    println!("fionread 999 {}", fionread(999));
    println!("fionread -1 {}", fionread(-1));
}
