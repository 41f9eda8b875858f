//@ covers: sixteen threads each write their id byte into one shared pipe; main reads 16 bytes, each id exactly once
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let mut handles = Vec::new();
    for id in 0..16u8 {
        handles.push(std::thread::spawn(move || wr(w, &[id])));
    }
    let mut ok = 0;
    for h in handles {
        if h.join().unwrap() == 1 {
            ok += 1;
        }
    }
    unsafe { close(w) };
    let data = read_to_eof(r);
    let mut seen = [0u32; 16];
    for b in data.iter() {
        seen[*b as usize] += 1;
    }
    let sum: u32 = data.iter().map(|b| *b as u32).sum();
    println!("writes ok {}", ok);
    println!("bytes {}", data.len());
    println!("sum {}", sum);
    println!("each once {}", seen.iter().all(|c| *c == 1));
}
