//@ covers: read and write on a never-opened fd (999) or a negative fd fail with EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    println!("read 999 {}", res(rd(999, 4).0));
    println!("write 999 {}", res(wr(999, b"x")));
    println!("read -1 {}", res(rd(-1, 4).0));
    println!("write -1 {}", res(wr(-1, b"x")));
    println!("write -2147483648 {}", res(wr(i32::MIN, b"x")));
}
