//@ covers: a blocking pipe write in progress keeps writing to its pipe after another thread dup2s a different pipe over the fd number; later writes go to the new pipe
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let (r2, w2) = mkpipe();
    let t = std::thread::spawn(move || {
        let data = vec![b'o'; 100000];
        let first = res(wr(w, &data));
        let second = res(wr(w, b"after"));
        (first, second)
    });
    // The writer is inside its 100000-byte write once the pipe is full.
    while fionread(r) != "65536" {
        nap(1);
    }
    let d = resi(unsafe { dup2(w2, w) });
    let data = read_to_eof(r);
    let (first, second) = t.join().unwrap();
    println!("dup2 {}", d);
    println!("old pipe got {} all o {}", data.len(), data.iter().all(|&b| b == b'o'));
    println!("writes {} then {}", first, second);
    println!("new pipe has {}", rds(r2, 16));
}
