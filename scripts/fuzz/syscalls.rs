// A tape-driven syscall fuzzer: stdin bytes choose a sequence of fd operations with random fd
// numbers, lengths and flags; each result is printed. Every fd is non-blocking (creation flags
// and F_SETFL/FIONBIO keep O_NONBLOCK), and poll/epoll use timeout 0, so no run can block.
// Run natively and in the interpreter on the same tape, the outputs must be identical.
use std::io::Read;
use std::os::raw::{c_int, c_void};

#[repr(C)]
struct PollFd {
    fd: c_int,
    events: i16,
    revents: i16,
}

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct EpollEvent {
    events: u32,
    data: u64,
}

extern "C" {
    fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
    fn close(fd: c_int) -> c_int;
    fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    fn dup(fd: c_int) -> c_int;
    fn dup2(a: c_int, b: c_int) -> c_int;
    fn dup3(a: c_int, b: c_int, flags: c_int) -> c_int;
    fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    fn ioctl(fd: c_int, req: u64, ...) -> c_int;
    fn socketpair(d: c_int, t: c_int, p: c_int, sv: *mut c_int) -> c_int;
    fn shutdown(fd: c_int, how: c_int) -> c_int;
    fn eventfd(init: u32, flags: c_int) -> c_int;
    fn poll(fds: *mut PollFd, n: u64, timeout: c_int) -> c_int;
    fn epoll_create1(flags: c_int) -> c_int;
    fn epoll_ctl(ep: c_int, op: c_int, fd: c_int, ev: *mut EpollEvent) -> c_int;
    fn epoll_wait(ep: c_int, ev: *mut EpollEvent, max: c_int, timeout: c_int) -> c_int;
    fn __errno_location() -> *mut c_int;
}

const O_NONBLOCK: c_int = 0o4000;

struct Tape {
    bytes: Vec<u8>,
    pos: usize,
}

impl Tape {
    fn byte(&mut self) -> u8 {
        let b = if self.pos < self.bytes.len() { self.bytes[self.pos] } else { 0 };
        self.pos += 1;
        b
    }
    fn below(&mut self, n: u32) -> u32 {
        let v = (self.byte() as u32) << 8 | self.byte() as u32;
        v % n
    }
    // -2, -1 and 3..=15: never the stdio fds, whose nature depends on how the process was started.
    fn fd(&mut self) -> c_int {
        let v = self.below(15) as c_int;
        if v < 2 { v - 2 } else { v + 1 }
    }
    fn len(&mut self) -> usize {
        match self.below(6) {
            0 => 0,
            1 => 1,
            2 => self.below(64) as usize,
            3 => 4095 + self.below(3) as usize,
            4 => self.below(70000) as usize,
            _ => 8,
        }
    }
    fn done(&self) -> bool {
        self.pos >= self.bytes.len()
    }
}

fn show(r: isize) -> String {
    if r < 0 {
        format!("-1 errno {}", unsafe { *__errno_location() })
    } else {
        format!("{}", r)
    }
}

fn main() {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).unwrap();
    let mut t = Tape { bytes, pos: 0 };
    // The written bytes come from a fixed pattern at a moving offset, so consecutive writes differ
    // without a per-byte loop (which would dominate the interpreted run).
    let mut pattern = vec![b'.'; 70300];
    let mut i = 0;
    while i < pattern.len() {
        pattern[i] = (i / 97) as u8;
        i += 97;
    }
    let mut buf = vec![0u8; 70000];
    let mut fill = 0usize;
    let mut step = 0;
    while !t.done() && step < 200 {
        step += 1;
        let op = t.below(17);
        let line = match op {
            0 => {
                let mut fds = [-1 as c_int; 2];
                let flags = O_NONBLOCK | [0, 0o2000000, 0o40000, 1][t.below(4) as usize];
                let r = unsafe { pipe2(fds.as_mut_ptr(), flags) };
                format!("pipe2({:o}) = {} {:?}", flags, show(r as isize), fds)
            }
            1 => {
                let mut fds = [-1 as c_int; 2];
                let ty = 1 | O_NONBLOCK | [0, 0o2000000][t.below(2) as usize];
                let r = unsafe { socketpair(1, ty, 0, fds.as_mut_ptr()) };
                format!("socketpair({:o}) = {} {:?}", ty, show(r as isize), fds)
            }
            2 => {
                let init = t.below(5);
                let flags = O_NONBLOCK | [0, 1][t.below(2) as usize];
                format!("eventfd({}, {:o}) = {}", init, flags, show(unsafe { eventfd(init, flags) } as isize))
            }
            3 => {
                let fd = t.fd();
                format!("close({}) = {}", fd, show(unsafe { close(fd) } as isize))
            }
            4 => {
                let fd = t.fd();
                format!("dup({}) = {}", fd, show(unsafe { dup(fd) } as isize))
            }
            5 => {
                let (a, b) = (t.fd(), t.fd());
                format!("dup2({}, {}) = {}", a, b, show(unsafe { dup2(a, b) } as isize))
            }
            6 => {
                let (a, b) = (t.fd(), t.fd());
                let fl = [0, 0o2000000, 1][t.below(3) as usize];
                format!("dup3({}, {}, {:o}) = {}", a, b, fl, show(unsafe { dup3(a, b, fl) } as isize))
            }
            7 => {
                let fd = t.fd();
                let n = t.len();
                let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, n) };
                // A cheap fingerprint of what was read: the first 16 bytes and the last one.
                let sum: u32 = if r > 0 {
                    let k = (r as usize).min(16);
                    buf[..k].iter().map(|&b| b as u32).sum::<u32>() * 256 + buf[r as usize - 1] as u32
                } else {
                    0
                };
                format!("read({}, {}) = {} sum {}", fd, n, show(r), sum)
            }
            8 => {
                let fd = t.fd();
                let n = t.len();
                fill = (fill + 37) % 300;
                let r = unsafe { write(fd, pattern[fill..].as_ptr() as *const c_void, n) };
                format!("write({}, {}) = {}", fd, n, show(r))
            }
            9 => {
                let fd = t.fd();
                let cmd = [1, 2, 3, 4, 0, 1030, 1031, 1032, 99][t.below(9) as usize];
                let arg = match cmd {
                    4 => (t.below(0o10000) as c_int) | O_NONBLOCK,
                    1031 => [0, 1, 4096, 4097, 65536, 100000, 1 << 20][t.below(7) as usize],
                    _ => t.below(12) as c_int,
                };
                format!("fcntl({}, {}, {}) = {}", fd, cmd, arg, show(unsafe { fcntl(fd, cmd, arg) } as isize))
            }
            10 => {
                let fd = t.fd();
                let mut n: c_int = -7;
                let r = if t.below(2) == 0 {
                    unsafe { ioctl(fd, 0x541B, &mut n as *mut c_int) }
                } else {
                    let on: c_int = 1;
                    unsafe { ioctl(fd, 0x5421, &on as *const c_int) }
                };
                format!("ioctl({}) = {} {}", fd, show(r as isize), n)
            }
            11 => {
                let fd = t.fd();
                let how = t.below(4) as c_int;
                format!("shutdown({}, {}) = {}", fd, how, show(unsafe { shutdown(fd, how) } as isize))
            }
            12 => {
                let mut p = [PollFd { fd: t.fd(), events: 0x2005, revents: 0 }, PollFd { fd: t.fd(), events: 1, revents: 0 }];
                let r = unsafe { poll(p.as_mut_ptr(), 2, 0) };
                format!("poll = {} {:x} {:x}", show(r as isize), p[0].revents, p[1].revents)
            }
            13 => {
                let fl = [0, 0o2000000, 5][t.below(3) as usize];
                format!("epoll_create1({:o}) = {}", fl, show(unsafe { epoll_create1(fl) } as isize))
            }
            14 => {
                let (ep, fd) = (t.fd(), t.fd());
                let op = t.below(4) as c_int;
                let events = [1u32, 4, 5, 0x80000001, 0x40000001, 0x2001][t.below(6) as usize];
                let mut ev = EpollEvent { events, data: fd as u64 };
                let r = unsafe { epoll_ctl(ep, op, fd, &mut ev) };
                format!("epoll_ctl({}, {}, {}, {:x}) = {}", ep, op, fd, events, show(r as isize))
            }
            15 => {
                let ep = t.fd();
                let max = t.below(4) as c_int;
                let mut evs = [EpollEvent { events: 0, data: 0 }; 4];
                let r = unsafe { epoll_wait(ep, evs.as_mut_ptr(), max, 0) };
                let mut s = format!("epoll_wait({}, {}) = {}", ep, max, show(r as isize));
                if r > 0 {
                    let mut got: Vec<(u64, u32)> = evs[..r as usize].iter().map(|e| (e.data, e.events)).collect();
                    got.sort();
                    for (d, e) in got {
                        s.push_str(&format!(" {}:{:x}", d, e));
                    }
                }
                s
            }
            _ => {
                let fd = t.fd();
                let r = unsafe { read(fd, std::ptr::null_mut(), t.len()) };
                format!("read({}, NULL) = {}", fd, show(r))
            }
        };
        println!("{}", line);
    }
}
