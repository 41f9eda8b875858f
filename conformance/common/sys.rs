//! Shared declarations for conformance cases: the libc functions the cases call, Linux x86_64
//! constants and struct layouts, and small helpers that print results in one stable format.
//! Include it with `#[path = "../common/sys.rs"] mod sys;` and `use sys::*;`.
#![allow(dead_code)]

use std::os::raw::{c_int, c_uint, c_void};

/// `struct pollfd`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct PollFd {
    pub fd: c_int,
    pub events: i16,
    pub revents: i16,
}

/// `struct iovec`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct IoVec {
    pub base: *mut c_void,
    pub len: usize,
}

/// `struct epoll_event` (packed on x86_64).
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct EpollEvent {
    pub events: u32,
    pub data: u64,
}

extern "C" {
    pub fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    pub fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
    pub fn readv(fd: c_int, iov: *const IoVec, cnt: c_int) -> isize;
    pub fn writev(fd: c_int, iov: *const IoVec, cnt: c_int) -> isize;
    pub fn close(fd: c_int) -> c_int;
    pub fn pipe(fds: *mut c_int) -> c_int;
    pub fn pipe2(fds: *mut c_int, flags: c_int) -> c_int;
    pub fn dup(fd: c_int) -> c_int;
    pub fn dup2(old: c_int, new: c_int) -> c_int;
    pub fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int;
    pub fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    pub fn ioctl(fd: c_int, req: u64, ...) -> c_int;
    pub fn socketpair(domain: c_int, ty: c_int, proto: c_int, sv: *mut c_int) -> c_int;
    pub fn shutdown(fd: c_int, how: c_int) -> c_int;
    pub fn send(fd: c_int, buf: *const c_void, n: usize, flags: c_int) -> isize;
    pub fn recv(fd: c_int, buf: *mut c_void, n: usize, flags: c_int) -> isize;
    pub fn eventfd(initval: c_uint, flags: c_int) -> c_int;
    pub fn poll(fds: *mut PollFd, nfds: u64, timeout: c_int) -> c_int;
    pub fn epoll_create1(flags: c_int) -> c_int;
    pub fn epoll_ctl(epfd: c_int, op: c_int, fd: c_int, ev: *mut EpollEvent) -> c_int;
    pub fn epoll_wait(epfd: c_int, evs: *mut EpollEvent, max: c_int, timeout: c_int) -> c_int;
    pub fn __errno_location() -> *mut c_int;
    pub fn sched_yield() -> c_int;
    pub fn usleep(us: c_uint) -> c_int;
    pub fn getpid() -> c_int;
}

pub const O_NONBLOCK: c_int = 0o4000;
pub const O_CLOEXEC: c_int = 0o2000000;
pub const O_APPEND: c_int = 0o2000;
pub const O_RDONLY: c_int = 0;
pub const O_WRONLY: c_int = 1;
pub const O_RDWR: c_int = 2;
pub const O_DIRECT: c_int = 0o40000;
pub const F_DUPFD: c_int = 0;
pub const F_GETFD: c_int = 1;
pub const F_SETFD: c_int = 2;
pub const F_GETFL: c_int = 3;
pub const F_SETFL: c_int = 4;
pub const F_DUPFD_CLOEXEC: c_int = 1030;
pub const F_SETPIPE_SZ: c_int = 1031;
pub const F_GETPIPE_SZ: c_int = 1032;
pub const FD_CLOEXEC: c_int = 1;
pub const FIONREAD: u64 = 0x541B;
pub const FIONBIO: u64 = 0x5421;
pub const AF_UNIX: c_int = 1;
pub const SOCK_STREAM: c_int = 1;
pub const SOCK_NONBLOCK: c_int = 0o4000;
pub const SOCK_CLOEXEC: c_int = 0o2000000;
pub const SHUT_RD: c_int = 0;
pub const SHUT_WR: c_int = 1;
pub const SHUT_RDWR: c_int = 2;
pub const MSG_DONTWAIT: c_int = 0x40;
pub const MSG_PEEK: c_int = 0x2;
pub const EFD_SEMAPHORE: c_int = 1;
pub const EFD_NONBLOCK: c_int = 0o4000;
pub const EFD_CLOEXEC: c_int = 0o2000000;
pub const POLLIN: i16 = 0x1;
pub const POLLPRI: i16 = 0x2;
pub const POLLOUT: i16 = 0x4;
pub const POLLERR: i16 = 0x8;
pub const POLLHUP: i16 = 0x10;
pub const POLLNVAL: i16 = 0x20;
pub const POLLRDHUP: i16 = 0x2000;
pub const EPOLLIN: u32 = 0x1;
pub const EPOLLOUT: u32 = 0x4;
pub const EPOLLERR: u32 = 0x8;
pub const EPOLLHUP: u32 = 0x10;
pub const EPOLLRDHUP: u32 = 0x2000;
pub const EPOLLONESHOT: u32 = 1 << 30;
pub const EPOLLET: u32 = 1 << 31;
pub const EPOLL_CTL_ADD: c_int = 1;
pub const EPOLL_CTL_DEL: c_int = 2;
pub const EPOLL_CTL_MOD: c_int = 3;
pub const EPOLL_CLOEXEC: c_int = 0o2000000;
pub const PIPE_BUF: usize = 4096;

/// The calling thread's errno.
pub fn errno() -> i32 {
    unsafe { *__errno_location() }
}

/// Sets the calling thread's errno.
pub fn set_errno(v: i32) {
    unsafe { *__errno_location() = v }
}

/// The symbolic name of an errno value.
pub fn errno_name(e: i32) -> &'static str {
    match e {
        0 => "0",
        1 => "EPERM",
        2 => "ENOENT",
        4 => "EINTR",
        9 => "EBADF",
        11 => "EAGAIN",
        12 => "ENOMEM",
        14 => "EFAULT",
        16 => "EBUSY",
        17 => "EEXIST",
        22 => "EINVAL",
        24 => "EMFILE",
        29 => "ESPIPE",
        32 => "EPIPE",
        38 => "ENOSYS",
        40 => "ELOOP",
        95 => "EOPNOTSUPP",
        104 => "ECONNRESET",
        107 => "ENOTCONN",
        _ => "E?",
    }
}

/// Renders a syscall result: `n` on success, `-1 NAME` on failure (reading errno).
pub fn res(r: isize) -> String {
    if r < 0 {
        format!("-1 {}", errno_name(errno()))
    } else {
        format!("{}", r)
    }
}

/// `res` for `c_int` results.
pub fn resi(r: c_int) -> String {
    res(r as isize)
}

/// Creates a pipe (panics on failure): `(read end, write end)`.
pub fn mkpipe() -> (c_int, c_int) {
    mkpipe2(0)
}

/// Creates a pipe with `pipe2` flags (panics on failure).
pub fn mkpipe2(flags: c_int) -> (c_int, c_int) {
    let mut fds = [0 as c_int; 2];
    let r = unsafe { pipe2(fds.as_mut_ptr(), flags) };
    assert_eq!(r, 0, "pipe2 failed: {}", errno_name(errno()));
    (fds[0], fds[1])
}

/// Creates an AF_UNIX stream socketpair with extra type flags (panics on failure).
pub fn mksocketpair(flags: c_int) -> (c_int, c_int) {
    let mut fds = [0 as c_int; 2];
    let r = unsafe { socketpair(AF_UNIX, SOCK_STREAM | flags, 0, fds.as_mut_ptr()) };
    assert_eq!(r, 0, "socketpair failed: {}", errno_name(errno()));
    (fds[0], fds[1])
}

/// `write(fd, data)` returning the raw result.
pub fn wr(fd: c_int, data: &[u8]) -> isize {
    unsafe { write(fd, data.as_ptr() as *const c_void, data.len()) }
}

/// `read(fd, n bytes)` returning the raw result and the bytes read.
pub fn rd(fd: c_int, n: usize) -> (isize, Vec<u8>) {
    let mut buf = vec![0u8; n];
    let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, n) };
    if r > 0 {
        buf.truncate(r as usize);
    } else {
        buf.clear();
    }
    (r, buf)
}

/// Reads up to `n` bytes and renders `result "text"` (lossy UTF-8).
pub fn rds(fd: c_int, n: usize) -> String {
    let (r, b) = rd(fd, n);
    if r < 0 {
        res(r)
    } else {
        format!("{} {:?}", r, String::from_utf8_lossy(&b))
    }
}

/// Writes all of `data`, retrying partial writes; panics on error.
pub fn write_all(fd: c_int, data: &[u8]) {
    let mut off = 0;
    while off < data.len() {
        let r = wr(fd, &data[off..]);
        assert!(r > 0, "write failed: {}", res(r));
        off += r as usize;
    }
}

/// Reads until EOF; returns every byte read; panics on error.
pub fn read_to_eof(fd: c_int) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, buf.len()) };
        assert!(r >= 0, "read failed: {}", res(r));
        if r == 0 {
            return out;
        }
        out.extend_from_slice(&buf[..r as usize]);
    }
}

/// Reads exactly `n` bytes (retrying short reads); panics on error or early EOF.
pub fn read_exact(fd: c_int, n: usize) -> Vec<u8> {
    let mut out = vec![0u8; n];
    let mut off = 0;
    while off < n {
        let r = unsafe { read(fd, out[off..].as_mut_ptr() as *mut c_void, n - off) };
        assert!(r > 0, "read_exact: got {} after {} of {} bytes", res(r), off, n);
        off += r as usize;
    }
    out
}

/// Fills a non-blocking fd until EAGAIN; returns the number of bytes written.
pub fn fill(fd: c_int) -> usize {
    let chunk = [b'x'; 4096];
    let mut total = 0;
    loop {
        let r = wr(fd, &chunk);
        if r < 0 {
            assert_eq!(errno(), 11, "fill: unexpected {}", res(r));
            return total;
        }
        total += r as usize;
    }
}

/// Drains a non-blocking fd until EAGAIN or EOF; returns the number of bytes read.
pub fn drain(fd: c_int) -> usize {
    let mut buf = [0u8; 4096];
    let mut total = 0;
    loop {
        let r = unsafe { read(fd, buf.as_mut_ptr() as *mut c_void, buf.len()) };
        if r <= 0 {
            return total;
        }
        total += r as usize;
    }
}

/// `fcntl(fd, F_GETFL)`.
pub fn getfl(fd: c_int) -> c_int {
    unsafe { fcntl(fd, F_GETFL) }
}

/// Sets or clears O_NONBLOCK with F_SETFL.
pub fn set_nonblock(fd: c_int, on: bool) {
    let fl = getfl(fd);
    let fl = if on { fl | O_NONBLOCK } else { fl & !O_NONBLOCK };
    assert_eq!(unsafe { fcntl(fd, F_SETFL, fl) }, 0);
}

/// `ioctl(fd, FIONREAD)`: bytes ready to read, or `-1 NAME`.
pub fn fionread(fd: c_int) -> String {
    let mut n: c_int = 0;
    let r = unsafe { ioctl(fd, FIONREAD, &mut n as *mut c_int) };
    if r < 0 {
        resi(r)
    } else {
        format!("{}", n)
    }
}

/// Polls one fd and renders `ret revents=NAMES`.
pub fn poll1(fd: c_int, events: i16, timeout: c_int) -> String {
    let mut p = PollFd { fd, events, revents: 0 };
    let r = unsafe { poll(&mut p, 1, timeout) };
    if r < 0 {
        resi(r)
    } else {
        format!("{} {}", r, poll_names(p.revents))
    }
}

/// Names of the bits in a poll event mask, e.g. `IN|HUP`, or `-` for none.
pub fn poll_names(ev: i16) -> String {
    let names = [
        (POLLIN, "IN"),
        (POLLPRI, "PRI"),
        (POLLOUT, "OUT"),
        (POLLERR, "ERR"),
        (POLLHUP, "HUP"),
        (POLLNVAL, "NVAL"),
        (POLLRDHUP, "RDHUP"),
    ];
    let mut out = String::new();
    for (bit, name) in names {
        if ev & bit != 0 {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
        }
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

/// Names of the bits in an epoll event mask, e.g. `IN|RDHUP`, or `-`.
pub fn epoll_names(ev: u32) -> String {
    let names = [
        (EPOLLIN, "IN"),
        (EPOLLOUT, "OUT"),
        (EPOLLERR, "ERR"),
        (EPOLLHUP, "HUP"),
        (EPOLLRDHUP, "RDHUP"),
    ];
    let mut out = String::new();
    for (bit, name) in names {
        if ev & bit != 0 {
            if !out.is_empty() {
                out.push('|');
            }
            out.push_str(name);
        }
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

/// Registers `fd` in epoll instance `ep` with `events` and `data`; returns the raw result.
pub fn ep_add(ep: c_int, fd: c_int, events: u32, data: u64) -> c_int {
    let mut ev = EpollEvent { events, data };
    unsafe { epoll_ctl(ep, EPOLL_CTL_ADD, fd, &mut ev) }
}

/// Waits on `ep` for up to 8 events and renders `n [data:NAMES ...]`.
pub fn ep_wait(ep: c_int, timeout: c_int) -> String {
    let mut evs = [EpollEvent { events: 0, data: 0 }; 8];
    let n = unsafe { epoll_wait(ep, evs.as_mut_ptr(), 8, timeout) };
    if n < 0 {
        return resi(n);
    }
    let mut out = format!("{}", n);
    for i in 0..n as usize {
        let e = evs[i];
        let (d, ev) = (e.data, e.events);
        out.push_str(&format!(" {}:{}", d, epoll_names(ev)));
    }
    out
}

/// Sleeps `ms` milliseconds (only to make a blocking path likely; never for correctness).
pub fn nap(ms: u64) {
    std::thread::sleep(std::time::Duration::from_millis(ms));
}
