//@ covers: process::exit(4) called in a spawned thread ends the process while main waits in join
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    println!("main starts the thread");
    let t = std::thread::spawn(move || {
        let got = rds(r, 8);
        println!("thread got {}", got);
        std::process::exit(4);
    });
    write_all(w, b"go");
    t.join().unwrap();
    println!("not reached");
}
