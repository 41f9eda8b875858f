//@ covers: F_SETFL cannot change the access mode: passing O_RDWR or O_RDONLY keeps the write end O_WRONLY while O_NONBLOCK changes
#[path = "../common/sys.rs"]
mod sys;
use sys::*;
fn main() {
    let (r, w) = mkpipe();
    println!("setfl rdwr|nonblock {}", resi(unsafe { fcntl(w, F_SETFL, O_RDWR | O_NONBLOCK) }));
    println!("write end {:#x}", getfl(w));
    println!("setfl rdonly {}", resi(unsafe { fcntl(w, F_SETFL, O_RDONLY) }));
    println!("write end {:#x}", getfl(w));
    println!("setfl wronly on read end {}", resi(unsafe { fcntl(r, F_SETFL, O_WRONLY) }));
    println!("read end {:#x}", getfl(r));
    println!("write still works {}", res(wr(w, b"w")));
    println!("read still works {}", rds(r, 4));
    unsafe {
        close(r);
        close(w);
    }
}
