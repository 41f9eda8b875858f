//@ covers: FIONREAD counts bytes across pages: 1, 4095, 4096, 4097 and 65536 buffered bytes are reported exactly
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    for n in [1usize, 4095, 4096, 4097, 65536] {
        let (r, w) = mkpipe2(O_NONBLOCK);
        let data = vec![b'f'; n];
        let wrote = wr(w, &data);
        println!("wrote {} fionread {}", res(wrote), fionread(r));
        unsafe {
            close(r);
            close(w);
        }
    }
}
