//@ covers: poll on two empty pipes blocks until the second is written, then reports it alone
#[path = "../common/sys.rs"]
mod sys;
use sys::*;

fn main() {
    let (r1, _w1) = mkpipe();
    let (r2, w2) = mkpipe();
    let t = std::thread::spawn(move || {
        let mut fds = [PollFd { fd: r1, events: POLLIN, revents: 0 }, PollFd { fd: r2, events: POLLIN, revents: 0 }];
        let n = unsafe { poll(fds.as_mut_ptr(), 2, -1) };
        format!("{} [{}] [{}]", n, poll_names(fds[0].revents), poll_names(fds[1].revents))
    });
    nap(20);
    write_all(w2, b"2");
    println!("poll {}", t.join().unwrap());
}
