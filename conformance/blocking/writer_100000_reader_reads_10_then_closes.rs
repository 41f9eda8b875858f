//@ covers: a blocking 100000-byte write into an empty pipe whose reader reads 10 bytes then closes returns the 65536 bytes it queued (10 bytes do not free a page)
//@ seeds: 16
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let (n, _) = rd(r, 10);
        let c = unsafe { close(r) };
        (n, c)
    });
    let data = vec![b'z'; 100000];
    let n = wr(w, &data);
    let result = if n < 0 { format!("error {}", res(n)) } else { format!("count {}", n) };
    let (rn, c) = t.join().unwrap();
    println!("reader read {} close {}", rn, c);
    println!("writer: {}", result);
    println!("write after reader gone {}", res(wr(w, b"x")));
}
