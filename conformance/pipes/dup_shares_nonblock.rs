//@ covers: dup shares the open file description: O_NONBLOCK set through the copy is visible on the original and makes its read fail with EAGAIN
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let d = unsafe { dup(r) };
    println!("dup {}", resi(d));
    println!("orig flags {:#x} copy flags {:#x}", getfl(r), getfl(d));
    set_nonblock(d, true);
    println!("after set on copy: orig {:#x} copy {:#x}", getfl(r), getfl(d));
    println!("read orig {}", rds(r, 4));
    set_nonblock(r, false);
    println!("after clear on orig: copy {:#x}", getfl(d));
    unsafe {
        close(d);
        close(r);
        close(w);
    }
}
