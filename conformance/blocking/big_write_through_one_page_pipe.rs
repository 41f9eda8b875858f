//@ covers: with F_SETPIPE_SZ 4096 a blocking 20000-byte write completes in pieces as a reader thread drains, bytes in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let sz = unsafe { fcntl(w, F_SETPIPE_SZ, 4096) };
    println!("pipe size {}", sz);
    let t = std::thread::spawn(move || {
        let data = read_to_eof(r);
        let ok = data.iter().enumerate().all(|(i, &b)| b == (i % 7) as u8 + b'a');
        (data.len(), ok)
    });
    let mut data = vec![0u8; 20000];
    for i in 0..data.len() {
        data[i] = (i % 7) as u8 + b'a';
    }
    let n = res(wr(w, &data));
    unsafe { close(w) };
    let (len, ok) = t.join().unwrap();
    println!("write {}", n);
    println!("reader got {} in order {}", len, ok);
}
