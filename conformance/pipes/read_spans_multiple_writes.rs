//@ covers: one read collects bytes from several earlier writes across page boundaries, up to the requested count
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let a = vec![b'a'; 3000];
    let b = vec![b'b'; 3000];
    println!("write {}", res(wr(w, &a)));
    println!("write {}", res(wr(w, &b)));
    let (n, got) = rd(r, 5000);
    let mut na = 0;
    for &c in got.iter() {
        if c == b'a' {
            na += 1;
        }
    }
    println!("read {} a's {} b's {}", n, na, got.len() - na);
    println!("fionread {}", fionread(r));
    println!("read rest {}", res(rd(r, 5000).0));
    unsafe {
        close(r);
        close(w);
    }
}
