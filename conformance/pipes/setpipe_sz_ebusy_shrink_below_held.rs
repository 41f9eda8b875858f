//@ covers: F_SETPIPE_SZ fails with EBUSY when the new size cannot hold the data already in the pipe; the size is unchanged and a large enough size succeeds
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    let data = vec![b'd'; 10000];
    println!("write {}", res(wr(w, &data)));
    println!("shrink to 4096 {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 4096) }));
    println!("shrink to 8192 {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 8192) }));
    println!("size after failures {}", resi(unsafe { fcntl(w, F_GETPIPE_SZ) }));
    println!("shrink to 16384 {}", resi(unsafe { fcntl(w, F_SETPIPE_SZ, 16384) }));
    println!("fionread {}", fionread(r));
    let back = read_exact(r, 10000);
    println!("data intact {}", back.iter().all(|&b| b == b'd'));
    unsafe {
        close(r);
        close(w);
    }
}
