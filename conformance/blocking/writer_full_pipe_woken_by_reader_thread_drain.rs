//@ covers: a writer blocked on a full pipe is woken by a reader thread draining to EOF; all bytes are conserved
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    set_nonblock(w, true);
    let filled = fill(w);
    set_nonblock(w, false);
    let t = std::thread::spawn(move || read_to_eof(r).len());
    let extra = vec![b'y'; 100];
    let n = res(wr(w, &extra));
    unsafe { close(w) };
    let total = t.join().unwrap();
    println!("filled {} blocking write {}", filled, n);
    println!("reader total {}", total);
}
