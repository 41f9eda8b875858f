//@ covers: a 200000-byte blocking write completes while another thread reads everything; sums match
//@ seeds: 4
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (a, b) = mksocketpair(0);
    let data: Vec<u8> = (0..200000u32).map(|i| (i % 251) as u8).collect();
    let expect: u64 = data.iter().map(|&x| x as u64).sum();
    let t = std::thread::spawn(move || {
        let v = read_to_eof(b);
        let s: u64 = v.iter().map(|&x| x as u64).sum();
        (v.len(), s)
    });
    write_all(a, &data);
    unsafe { close(a) };
    let (n, s) = t.join().unwrap();
    println!("received {} bytes", n);
    println!("sum matches {}", s == expect);
    unsafe { close(b) };
}
