//@ covers: a reader blocked asking 100000 bytes on an empty pipe gets the whole 65536-byte write in one read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let (n, b) = rd(r, 100000);
        let ok = b.iter().all(|&x| x == b'q');
        (n, ok)
    });
    nap(20);
    let data = vec![b'q'; 65536];
    let n = res(wr(w, &data));
    let (got, ok) = t.join().unwrap();
    println!("write {}", n);
    println!("read {} all q {}", got, ok);
}
