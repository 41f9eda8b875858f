//@ covers: a readv blocked on an empty pipe is woken by a 6-byte write and scatters it over its iovecs (4 then 2)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let mut a = [b'.'; 4];
        let mut b = [b'.'; 8];
        let iov = [
            IoVec { base: a.as_mut_ptr() as *mut _, len: a.len() },
            IoVec { base: b.as_mut_ptr() as *mut _, len: b.len() },
        ];
        let n = unsafe { readv(r, iov.as_ptr(), 2) };
        format!("{} {:?} {:?}", n, String::from_utf8_lossy(&a), String::from_utf8_lossy(&b))
    });
    nap(20);
    let n = res(wr(w, b"abcdef"));
    let got = t.join().unwrap();
    println!("write {}", n);
    println!("readv {}", got);
}
