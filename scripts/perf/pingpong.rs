// Thread hand-offs: two threads pass one byte back and forth through two pipes, n round trips
// (default 20,000).
extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
}

fn main() {
    let n: u32 = std::env::args().nth(1).map(|a| a.parse().unwrap()).unwrap_or(20_000);
    let mut a = [0i32; 2];
    let mut b = [0i32; 2];
    unsafe {
        pipe(a.as_mut_ptr());
        pipe(b.as_mut_ptr());
    }
    let (ar, aw, br, bw) = (a[0], a[1], b[0], b[1]);
    let t = std::thread::spawn(move || {
        let mut x = [0u8; 1];
        for _ in 0..n {
            unsafe {
                read(ar, x.as_mut_ptr(), 1);
                x[0] = x[0].wrapping_add(1);
                write(bw, x.as_ptr(), 1);
            }
        }
    });
    let mut x = [0u8; 1];
    for _ in 0..n {
        unsafe {
            write(aw, x.as_ptr(), 1);
            read(br, x.as_mut_ptr(), 1);
        }
    }
    t.join().unwrap();
    println!("{} round trips, last byte {}", n, x[0]);
}
