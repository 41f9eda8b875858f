//@ covers: one blocking 131073-byte write (> PIPE_BUF, maybe > capacity) with a concurrent reader delivers every byte in order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let data = read_to_eof(r);
        let mut in_order = true;
        for i in 0..data.len() {
            if data[i] != (i % 251) as u8 {
                in_order = false;
                break;
            }
        }
        (data.len(), in_order)
    });
    let mut data = vec![0u8; 131073];
    for i in 0..131073 {
        data[i] = (i % 251) as u8;
    }
    let n = res(wr(w, &data));
    unsafe { close(w) };
    let (len, ok) = t.join().unwrap();
    println!("write {}", n);
    println!("reader got {} in order {}", len, ok);
}
