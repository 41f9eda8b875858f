//@ covers: after F_SETFL O_DIRECT, a small write still merges into a page written before the flag was set, so one read returns both
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_NONBLOCK);
    println!("write plain {}", res(wr(w, b"ab")));
    println!("setfl direct {}", resi(unsafe { fcntl(w, F_SETFL, O_DIRECT | O_NONBLOCK) }));
    println!("write {}", res(wr(w, b"cd")));
    println!("write {}", res(wr(w, b"ef")));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    println!("read {}", rds(r, 100));
    unsafe {
        close(r);
        close(w);
    }
}
