//@ covers: join, mutex, condvar, mpsc recv, pipe read and poll timeout each block and are woken
use std::sync::mpsc::channel;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn read(fd: i32, buf: *mut u8, n: usize) -> isize;
    fn write(fd: i32, buf: *const u8, n: usize) -> isize;
    fn poll(fds: *mut PollFd, n: u64, timeout: i32) -> i32;
}

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

fn main() {
    // join: main blocks until the thread ends.
    let h = thread::spawn(|| {
        thread::sleep(Duration::from_millis(5));
        7
    });
    println!("join {}", h.join().unwrap());

    // mutex: a thread holds the lock while main waits for it.
    let m = Arc::new(Mutex::new(0));
    let m2 = Arc::clone(&m);
    let g = m.lock().unwrap();
    let h = thread::spawn(move || {
        *m2.lock().unwrap() += 1;
    });
    thread::sleep(Duration::from_millis(5));
    drop(g);
    h.join().unwrap();
    println!("mutex {}", *m.lock().unwrap());

    // condvar: main waits until the flag is set.
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let p2 = Arc::clone(&pair);
    let h = thread::spawn(move || {
        *p2.0.lock().unwrap() = true;
        p2.1.notify_one();
    });
    let mut ready = pair.0.lock().unwrap();
    while !*ready {
        ready = pair.1.wait(ready).unwrap();
    }
    drop(ready);
    h.join().unwrap();
    println!("condvar done");

    // mpsc: recv blocks until a value arrives.
    let (tx, rx) = channel();
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(5));
        tx.send(42u8).unwrap();
    });
    println!("recv {}", rx.recv().unwrap());
    h.join().unwrap();

    // pipe read: blocks until the writer thread writes.
    let mut fds = [0i32; 2];
    unsafe { pipe(fds.as_mut_ptr()) };
    let w = fds[1];
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(5));
        unsafe { write(w, b"ping".as_ptr(), 4) }
    });
    let mut buf = [0u8; 8];
    let n = unsafe { read(fds[0], buf.as_mut_ptr(), 8) };
    println!("read {} {:?}", n, std::str::from_utf8(&buf[..n as usize]).unwrap());
    h.join().unwrap();

    // poll with a timeout and nothing to read: times out with 0.
    let mut p = PollFd { fd: fds[0], events: 1, revents: 0 };
    println!("poll {}", unsafe { poll(&mut p, 1, 20) });
}
