//@ covers: main returning while another thread is blocked forever in read on a pipe exits 0
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, w) = mkpipe();
    let _t = std::thread::spawn(move || {
        let got = rds(r, 8);
        println!("never: {}", got);
    });
    nap(20);
    println!("main returns, writer fd {} still open", w);
}
