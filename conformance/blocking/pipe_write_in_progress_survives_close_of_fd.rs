//@ covers: a blocking pipe write in progress completes after another thread closes the write fd; EOF follows once the write returns; the fd is then EBADF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let data = vec![b'c'; 70000];
        let first = res(wr(w, &data));
        let second = res(wr(w, b"after"));
        (first, second)
    });
    while fionread(r) != "65536" {
        nap(1);
    }
    let c = resi(unsafe { close(w) });
    let data = read_to_eof(r);
    let (first, second) = t.join().unwrap();
    println!("close {}", c);
    println!("reader got {} then EOF", data.len());
    println!("writes {} then {}", first, second);
}
