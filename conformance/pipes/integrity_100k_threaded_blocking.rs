//@ covers: 100000 patterned bytes written with blocking writes by one thread and read in 1000-byte reads by another arrive intact (total and content checked after join)
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let mut data = vec![0u8; 100000];
        for i in 0..100000 {
            data[i] = (i % 253) as u8;
        }
        let mut off = 0;
        while off < data.len() {
            let end = if off + 3000 < data.len() { off + 3000 } else { data.len() };
            write_all(w, &data[off..end]);
            off = end;
        }
        unsafe { close(w) };
    });
    let mut got = Vec::new();
    loop {
        let (n, b) = rd(r, 1000);
        assert!(n >= 0);
        if n == 0 {
            break;
        }
        got.extend_from_slice(&b);
    }
    t.join().unwrap();
    let mut ok = got.len() == 100000;
    for i in 0..got.len() {
        if got[i] != (i % 253) as u8 {
            ok = false;
        }
    }
    println!("got {} intact {}", got.len(), ok);
    unsafe { close(r) };
}
