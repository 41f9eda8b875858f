/**
 * F_GETFL/F_SETFL, other fcntl commands and ioctl per description type. Expected values from
 * native runs on Linux 6.18 (named in each comment).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

const getfl = (h: Harness, fd: number) => h.sync((c) => h.fds.fcntl(c, fd, Linux.F_GETFL, 0));
const setfl = (h: Harness, fd: number, v: number) => h.sync((c) => h.fds.fcntl(c, fd, Linux.F_SETFL, v));

Deno.test("F_GETFL per type", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  const [s] = h.socketpair(Linux.SOCK_STREAM | Linux.SOCK_NONBLOCK);
  const e = h.sync((c) => h.fds.eventfd(c, 0, Linux.EFD_NONBLOCK));
  const ep = h.sync((c) => h.fds.epollCreate1(c, 0));
  // native: pipe 0x0 / 0x1; socket (SOCK_NONBLOCK) 0x802; eventfd (EFD_NONBLOCK) 0x802; epoll 0x2
  assert.deepEqual([getfl(h, r), getfl(h, w), getfl(h, s), getfl(h, e), getfl(h, ep)], [0, 1, 0x802, 0x802, 2]);
  // stdin/stdout/stderr are pipes natively: O_RDONLY, O_WRONLY, O_WRONLY
  assert.deepEqual([getfl(h, 0), getfl(h, 1), getfl(h, 2)], [0, 1, 1]);
});

Deno.test("F_SETFL on a pipe keeps the access mode and sets O_APPEND/O_NONBLOCK/O_DIRECT/O_NOATIME/O_ASYNC", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  // native: O_APPEND -> 0x401; O_DIRECT -> 0x4001; O_NOATIME -> 0x40001; O_ASYNC -> 0x2001;
  // O_SYNC|O_CREAT|O_TRUNC|O_CLOEXEC -> 0x1; -1 -> 0x46c01; ~0 on the read end -> 0x46c00
  for (
    const [arg, fl] of [
      [Linux.O_APPEND, 0x401],
      [Linux.O_DIRECT, 0x4001],
      [Linux.O_NOATIME, 0x40001],
      [
        Linux.O_ASYNC,
        0x2001,
      ],
      [0o4010000 | 0o100 | 0o1000 | Linux.O_CLOEXEC, 0x1],
      [-1, 0x46c01],
    ]
  ) {
    assert.equal(setfl(h, w, arg), 0);
    assert.equal(getfl(h, w), fl, `F_SETFL ${arg}`);
  }
  assert.equal(setfl(h, r, ~0), 0);
  assert.equal(getfl(h, r), 0x46c00);
});

Deno.test("F_SETFL O_DIRECT is EINVAL outside pipes; O_ASYNC sticks only on sockets", () => {
  const h = new Harness();
  const [s] = h.socketpair();
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const ep = h.sync((c) => h.fds.epollCreate1(c, 0));
  // native: F_SETFL O_DIRECT or -1 on socket/eventfd/epoll -> EINVAL, flags unchanged
  for (const fd of [s, e, ep]) {
    assert.equal(setfl(h, fd, Linux.O_DIRECT), -Errno.EINVAL);
    assert.equal(setfl(h, fd, -1), -Errno.EINVAL);
    assert.equal(getfl(h, fd), 2);
  }
  // native: O_ASYNC|O_APPEND|O_NOATIME -> socket 0x42402, eventfd 0x40402, epoll 0x40402
  const bits = Linux.O_ASYNC | Linux.O_APPEND | Linux.O_NOATIME;
  assert.equal(setfl(h, s, bits), 0);
  assert.equal(getfl(h, s), 0x42402);
  assert.equal(setfl(h, e, bits), 0);
  assert.equal(getfl(h, e), 0x40402);
  assert.equal(setfl(h, ep, bits), 0);
  assert.equal(getfl(h, ep), 0x40402);
  // native: ~O_DIRECT on eventfd -> 0x40c02, on a socket -> 0x42c02
  assert.equal(setfl(h, e, ~Linux.O_DIRECT), 0);
  assert.equal(getfl(h, e), 0x40c02);
  assert.equal(setfl(h, s, ~Linux.O_DIRECT), 0);
  assert.equal(getfl(h, s), 0x42c02);
});

Deno.test("unknown fcntl commands are EINVAL; F_GETPIPE_SZ on a non-pipe is EBADF", () => {
  const h = new Harness();
  const [, w] = h.pipe();
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const [s] = h.socketpair();
  // native: fcntl(pipe, 9999) -> EINVAL; F_GETPIPE_SZ / F_SETPIPE_SZ on eventfd or socket -> EBADF
  assert.equal(h.sync((c) => h.fds.fcntl(c, w, 9999, 0)), -Errno.EINVAL);
  for (const fd of [e, s]) {
    assert.equal(h.sync((c) => h.fds.fcntl(c, fd, Linux.F_GETPIPE_SZ, 0)), -Errno.EBADF);
    assert.equal(h.sync((c) => h.fds.fcntl(c, fd, Linux.F_SETPIPE_SZ, 4096)), -Errno.EBADF);
  }
  // stdio fds are pipes natively
  assert.equal(h.sync((c) => h.fds.fcntl(c, 1, Linux.F_GETPIPE_SZ, 0)), 65536);
});

Deno.test("FIONBIO sets or clears O_NONBLOCK for every type", () => {
  const h = new Harness();
  const [, w] = h.pipe();
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const ep = h.sync((c) => h.fds.epollCreate1(c, 0));
  const arg = h.buf(4);
  const fionbio = (fd: number, v: number) => {
    h.mem.write(arg, new Uint8Array(new Int32Array([v]).buffer));
    return h.sync((c) => h.fds.ioctl(c, fd, Linux.FIONBIO, arg));
  };
  // native: FIONBIO 1 -> nonblocking; 0 -> blocking; 256 -> nonblocking; NULL -> EFAULT
  assert.equal(fionbio(w, 1), 0);
  assert.equal(getfl(h, w) & Linux.O_NONBLOCK, Linux.O_NONBLOCK);
  assert.equal(fionbio(w, 0), 0);
  assert.equal(getfl(h, w) & Linux.O_NONBLOCK, 0);
  assert.equal(fionbio(w, 256), 0);
  assert.equal(getfl(h, w) & Linux.O_NONBLOCK, Linux.O_NONBLOCK);
  assert.equal(h.sync((c) => h.fds.ioctl(c, w, Linux.FIONBIO, 0)), -Errno.EFAULT);
  // native: FIONBIO on eventfd and epoll -> F_GETFL 0x802
  fionbio(e, 1);
  fionbio(ep, 1);
  assert.equal(getfl(h, e), 0x802);
  assert.equal(getfl(h, ep), 0x802);
});

Deno.test("FIONREAD per type and unknown ioctls", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  h.put(w, "abc");
  const [s1, s2] = h.socketpair();
  h.put(s1, "hello");
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const ep = h.sync((c) => h.fds.epollCreate1(c, 0));
  // native: FIONREAD on both pipe ends -> 3; socket -> unread bytes; eventfd -> ENOTTY; epoll -> EINVAL
  assert.equal(h.fionread(r), 3);
  assert.equal(h.fionread(w), 3);
  assert.equal(h.fionread(s2), 5);
  assert.equal(h.fionread(e), -Errno.ENOTTY);
  assert.equal(h.fionread(ep), -Errno.EINVAL);
  // native: FIONREAD with NULL -> EFAULT; TCGETS (0x5401) and 0x1234 on pipe/socket -> ENOTTY; bad fd -> EBADF
  assert.equal(h.sync((c) => h.fds.ioctl(c, r, Linux.FIONREAD, 0)), -Errno.EFAULT);
  for (const fd of [w, s1]) {
    assert.equal(h.sync((c) => h.fds.ioctl(c, fd, 0x5401, h.buf(64))), -Errno.ENOTTY);
    assert.equal(h.sync((c) => h.fds.ioctl(c, fd, 0x1234, h.buf(64))), -Errno.ENOTTY);
  }
  assert.equal(h.sync((c) => h.fds.ioctl(c, 999, Linux.FIONREAD, h.buf(4))), -Errno.EBADF);
});
