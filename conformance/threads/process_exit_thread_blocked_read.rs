//@ covers: process::exit(3) from main exits at once with 3 while another thread is blocked in read
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let _t = std::thread::spawn(move || {
        let got = rds(r, 8);
        println!("reader woke: {}", got);
    });
    nap(20);
    println!("exiting with 3");
    let _keep = w;
    std::process::exit(3);
}
