//@ covers: F_GETFL on pipe ends shows the access mode: the read end is O_RDONLY and the write end O_WRONLY
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let (fr, fw) = (getfl(r), getfl(w));
    println!("read end {:#x} acc {}", fr, if fr & 3 == O_RDONLY { "O_RDONLY" } else { "other" });
    println!("write end {:#x} acc {}", fw, if fw & 3 == O_WRONLY { "O_WRONLY" } else { "other" });
    unsafe {
        close(r);
        close(w);
    }
}
