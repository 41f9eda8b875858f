//@ covers: two threads each read a pipe that only the other would write after its own read
//@ interp-only: deadlock
extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
}

fn main() {
    let mut a = [0i32; 2];
    let mut b = [0i32; 2];
    unsafe {
        pipe(a.as_mut_ptr());
        pipe(b.as_mut_ptr());
    }
    let (ar, aw, br, bw) = (a[0], a[1], b[0], b[1]);
    let t = std::thread::Builder::new()
        .name("peer".to_string())
        .spawn(move || {
            let mut x = [0u8; 5];
            unsafe {
                read(br, x.as_mut_ptr(), 5);
                write(aw, b"pong".as_ptr(), 4);
            }
        })
        .unwrap();
    let mut y = [0u8; 1];
    unsafe {
        read(ar, y.as_mut_ptr(), 1);
        write(bw, b"ping".as_ptr(), 4);
    }
    t.join().unwrap();
}
