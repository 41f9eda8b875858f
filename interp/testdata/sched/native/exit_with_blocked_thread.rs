//@ covers: main returns while another thread is blocked forever in read; the process exits 0
extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
}

fn main() {
    let mut fds = [0i32; 2];
    unsafe { pipe(fds.as_mut_ptr()) };
    let r = fds[0];
    std::thread::spawn(move || {
        let mut b = [0u8; 1];
        unsafe { read(r, b.as_mut_ptr(), 1) };
        println!("never printed");
    });
    std::thread::sleep(std::time::Duration::from_millis(10));
    println!("main done");
}
