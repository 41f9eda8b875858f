//@ covers: a reader sees all 100000 bytes from a writer thread (more than the pipe capacity) then EOF
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || {
        let data = vec![7u8; 100000];
        write_all(w, &data);
        unsafe { close(w) };
    });
    let got = read_to_eof(r);
    t.join().unwrap();
    println!("total {}", got.len());
    println!("all sevens {}", got.iter().all(|b| *b == 7));
    println!("after eof {}", rds(r, 8));
    unsafe { close(r) };
}
