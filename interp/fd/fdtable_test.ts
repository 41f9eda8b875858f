/**
 * The fd table through FdLayer: lowest free fd, dup/dup2/dup3/F_DUPFD(_CLOEXEC), FD_CLOEXEC per fd,
 * status flags shared by dups, EMFILE. Expected values from native runs on Linux 6.18 with
 * RLIMIT_NOFILE 1024 (`ulimit -n 1024`), as named in each comment.
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

Deno.test("new fds take the lowest free number", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  assert.deepEqual([r, w], [3, 4]);
  h.sync((c) => h.fds.close(c, r));
  assert.equal(h.sync((c) => h.fds.eventfd(c, 0, 0)), 3);
  assert.equal(h.sync((c) => h.fds.close(c, 1)), 0);
  assert.equal(h.sync((c) => h.fds.dup(c, w)), 1);
});

Deno.test("dup shares the description: O_NONBLOCK is shared, FD_CLOEXEC is per fd", () => {
  // native: F_SETFL O_NONBLOCK|O_RDWR on the read end -> F_GETFL of its dup 0x800 (access mode kept)
  const h = new Harness();
  const [r] = h.pipe(Linux.O_CLOEXEC);
  const d = h.sync((c) => h.fds.dup(c, r));
  assert.equal(h.sync((c) => h.fds.fcntl(c, r, Linux.F_SETFL, Linux.O_NONBLOCK | Linux.O_RDWR)), 0);
  assert.equal(h.sync((c) => h.fds.fcntl(c, d, Linux.F_GETFL, 0)), 0x800);
  assert.equal(h.sync((c) => h.fds.fcntl(c, r, Linux.F_GETFD, 0)), 1);
  assert.equal(h.sync((c) => h.fds.fcntl(c, d, Linux.F_GETFD, 0)), 0);
  assert.equal(h.get(d, 1)[0], -Errno.EAGAIN);
});

Deno.test("F_SETFD keeps only FD_CLOEXEC; FIOCLEX/FIONCLEX", () => {
  // native: F_SETFD 3 -> F_GETFD 1; 0xfe -> 0; -1 -> 1; ioctl FIOCLEX -> 1; FIONCLEX -> 0
  const h = new Harness();
  const [, w] = h.pipe();
  const setfd = (v: number) => h.sync((c) => h.fds.fcntl(c, w, Linux.F_SETFD, v));
  const getfd = () => h.sync((c) => h.fds.fcntl(c, w, Linux.F_GETFD, 0));
  setfd(3);
  assert.equal(getfd(), 1);
  setfd(0xfe);
  assert.equal(getfd(), 0);
  setfd(-1);
  assert.equal(getfd(), 1);
  assert.equal(h.sync((c) => h.fds.ioctl(c, w, Linux.FIONCLEX, 0)), 0);
  assert.equal(getfd(), 0);
  assert.equal(h.sync((c) => h.fds.ioctl(c, w, Linux.FIOCLEX, 0)), 0);
  assert.equal(getfd(), 1);
});

Deno.test("dup2 and dup3 argument rules", () => {
  const h = new Harness();
  const dup2 = (a: number, b: number) => h.sync((c) => h.fds.dup2(c, a, b));
  const dup3 = (a: number, b: number, f: number) => h.sync((c) => h.fds.dup3(c, a, b, f));
  // native: dup2(0,1023) -> 1023; dup2(0,1024) -> EBADF; dup3(0,1024,0) -> EBADF; dup2(0,-1) -> EBADF
  assert.equal(dup2(0, 1023), 1023);
  assert.equal(dup2(0, 1024), -Errno.EBADF);
  assert.equal(dup3(0, 1024, 0), -Errno.EBADF);
  assert.equal(dup2(0, -1), -Errno.EBADF);
  // native: dup2(999,1024) -> EBADF; dup2(999,999) -> EBADF; dup2(0,0) -> 0
  assert.equal(dup2(999, 1024), -Errno.EBADF);
  assert.equal(dup2(999, 999), -Errno.EBADF);
  assert.equal(dup2(0, 0), 0);
  // native: dup3(0,0,0) -> EINVAL; dup3(999,999,0) -> EINVAL; dup3(0,5,1) -> EINVAL; dup3(999,5,1) -> EINVAL
  assert.equal(dup3(0, 0, 0), -Errno.EINVAL);
  assert.equal(dup3(999, 999, 0), -Errno.EINVAL);
  assert.equal(dup3(0, 5, 1), -Errno.EINVAL);
  assert.equal(dup3(999, 5, 1), -Errno.EINVAL);
  // native: dup3(0,5,O_CLOEXEC) -> 5 with FD_CLOEXEC
  assert.equal(dup3(0, 5, Linux.O_CLOEXEC), 5);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 5, Linux.F_GETFD, 0)), 1);
});

Deno.test("dup2 over an open fd closes it first: the replaced description is released", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  const [r2] = h.pipe();
  assert.equal(h.sync((c) => h.fds.dup2(c, r2, r)), r);
  // the first pipe lost its only reader
  assert.equal(h.put(w, "x"), -Errno.EPIPE);
  assert.equal(h.fds.describe(r), "pipe read end");
});

Deno.test("F_DUPFD and F_DUPFD_CLOEXEC", () => {
  const h = new Harness();
  const dupfd = (arg: number, cmd: number = Linux.F_DUPFD) => h.sync((c) => h.fds.fcntl(c, 0, cmd, arg));
  // native: F_DUPFD 1024 -> EINVAL; -1 -> EINVAL; 0x100000000 (truncated to 0) -> lowest free
  assert.equal(dupfd(1024), -Errno.EINVAL);
  assert.equal(dupfd(-1), -Errno.EINVAL);
  assert.equal(dupfd(0x100000000), 3);
  assert.equal(dupfd(10, Linux.F_DUPFD_CLOEXEC), 10);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 10, Linux.F_GETFD, 0)), 1);
  assert.equal(dupfd(10), 11);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 11, Linux.F_GETFD, 0)), 0);
  // native: F_DUPFD 1023 when 1023 is taken -> EMFILE; bad fd -> EBADF
  h.sync((c) => h.fds.dup2(c, 0, 1023));
  assert.equal(dupfd(1023), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 999, Linux.F_DUPFD, 0)), -Errno.EBADF);
});

Deno.test("EMFILE at 1024 fds, without leaking half a pipe", () => {
  // native: dup(0) until EMFILE, then pipe/eventfd/epoll_create1/socketpair -> EMFILE;
  // with one free slot pipe and socketpair -> EMFILE; dup2 onto an open fd still works
  const h = new Harness();
  let n = 0;
  while (h.sync((c) => h.fds.dup(c, 0)) >= 0) n++;
  assert.equal(n, 1021);
  assert.equal(h.sync((c) => h.fds.dup(c, 0)), -Errno.EMFILE);
  const at = h.buf(8);
  assert.equal(h.sync((c) => h.fds.pipe2(c, at, 0)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.eventfd(c, 0, 0)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.epollCreate1(c, 0)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.socketpair(c, 1, 1, 0, at)), -Errno.EMFILE);
  h.sync((c) => h.fds.close(c, 100));
  assert.equal(h.sync((c) => h.fds.pipe2(c, at, 0)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.socketpair(c, 1, 1, 0, at)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.dup2(c, 0, 100)), 100);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 0, Linux.F_DUPFD, 0)), -Errno.EMFILE);
  assert.equal(h.sync((c) => h.fds.dup2(c, 0, 50)), 50);
});

Deno.test("close and bad fds", () => {
  // native: close(1024), close(-1), dup(999), dup(-1), fcntl(999, F_GETFL), fcntl(999, 9999) -> EBADF
  const h = new Harness();
  assert.equal(h.sync((c) => h.fds.close(c, 1024)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.close(c, -1)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.dup(c, 999)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.dup(c, -1)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 999, Linux.F_GETFL, 0)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 999, 9999, 0)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.close(c, 2)), 0);
  assert.equal(h.sync((c) => h.fds.close(c, 2)), -Errno.EBADF);
});
