//@ covers: process::exit with a print! pending (no newline) while a thread is blocked: the text is still flushed
#[path = "../common/sys.rs"]
mod sys;
use sys::*;


fn main() {
    let (r, _w) = mkpipe();
    let _t = std::thread::spawn(move || rds(r, 8));
    print!("partial line, ");
    print!("no newline");
    std::process::exit(3);
}
