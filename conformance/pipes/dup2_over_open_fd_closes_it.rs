//@ covers: dup2 onto an open fd first closes it: replacing the only read end of pipe B makes writes to pipe B fail with EPIPE
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (ra, wa) = mkpipe();
    let (rb, wb) = mkpipe();
    println!("dup2(wa, rb) {}", resi(unsafe { dup2(wa, rb) }));
    println!("rb flags now {:#x}", getfl(rb));
    println!("write to pipe B {}", res(wr(wb, b"lost")));
    println!("write to pipe A via rb {}", res(wr(rb, b"via")));
    println!("read pipe A {}", rds(ra, 10));
    unsafe {
        close(ra);
        close(wa);
        close(rb);
        close(wb);
    }
}
