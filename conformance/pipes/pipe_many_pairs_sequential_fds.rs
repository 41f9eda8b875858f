//@ covers: creating eight pipes in a row hands out fds 3..18 in order, read end first; closing them all frees 3 again
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let mut all = Vec::new();
    for _ in 0..8 {
        let (r, w) = mkpipe();
        all.push((r, w));
    }
    let mut line = String::new();
    for (r, w) in all.iter() {
        line.push_str(&format!(" {}/{}", r, w));
    }
    println!("fds{}", line);
    for (r, w) in all.iter() {
        unsafe {
            close(*r);
            close(*w);
        }
    }
    let (r, w) = mkpipe();
    println!("after close {} {}", r, w);
}
