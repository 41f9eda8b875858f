//@ covers: in an O_DIRECT pipe a write larger than a page becomes page-sized packets: a 10000-byte write is read back as 4096, 4096, 1808
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe2(O_DIRECT);
    let data = vec![b'k'; 10000];
    println!("write {}", res(wr(w, &data)));
    println!("read {}", res(rd(r, 65536).0));
    println!("read {}", res(rd(r, 65536).0));
    println!("read {}", res(rd(r, 65536).0));
    println!("fionread {}", fionread(r));
    unsafe {
        close(r);
        close(w);
    }
}
