//@ covers: FIONREAD still reports buffered bytes after the writer closes, and 0 once they are read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let data = vec![b'c'; 5000];
    println!("write {}", res(wr(w, &data)));
    unsafe { close(w) };
    println!("fionread {}", fionread(r));
    println!("read {}", res(rd(r, 4096).0));
    println!("fionread {}", fionread(r));
    println!("read {}", res(rd(r, 4096).0));
    println!("fionread {}", fionread(r));
    println!("read at eof {}", res(rd(r, 4096).0));
    unsafe { close(r) };
}
