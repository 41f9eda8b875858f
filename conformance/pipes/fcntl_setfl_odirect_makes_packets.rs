//@ covers: F_SETFL may set O_DIRECT on the write end of a plain pipe (F_GETFL shows it); writes into the empty pipe then become packets read one at a time
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("setfl direct {}", resi(unsafe { fcntl(w, F_SETFL, O_DIRECT | O_NONBLOCK) }));
    println!("flags {:#x}", getfl(w));
    println!("write packet {}", res(wr(w, b"ef")));
    println!("write packet {}", res(wr(w, b"gh")));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
