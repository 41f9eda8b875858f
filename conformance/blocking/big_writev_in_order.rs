//@ covers: a blocking writev of three 30000-byte iovecs with a concurrent reader delivers 90000 bytes in iovec order
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r, w) = mkpipe();
    let t = std::thread::spawn(move || read_to_eof(r));
    let a = vec![b'a'; 30000];
    let b = vec![b'b'; 30000];
    let c = vec![b'c'; 30000];
    let iov = [
        IoVec { base: a.as_ptr() as *mut _, len: a.len() },
        IoVec { base: b.as_ptr() as *mut _, len: b.len() },
        IoVec { base: c.as_ptr() as *mut _, len: c.len() },
    ];
    let n = res(unsafe { writev(w, iov.as_ptr(), 3) });
    unsafe { close(w) };
    let data = t.join().unwrap();
    let ok = data[..30000].iter().all(|&x| x == b'a')
        && data[30000..60000].iter().all(|&x| x == b'b')
        && data[60000..].iter().all(|&x| x == b'c');
    println!("writev {}", n);
    println!("reader got {} in order {}", data.len(), ok);
}
