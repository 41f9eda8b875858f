//@ covers: close of a never-opened fd (999), a negative fd, or a huge fd fails with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    println!("close 999 {}", resi(unsafe { close(999) }));
    println!("close -1 {}", resi(unsafe { close(-1) }));
    println!("close -12345 {}", resi(unsafe { close(-12345) }));
    println!("close 0x7fffffff {}", resi(unsafe { close(0x7fffffff) }));
}
