/** epoll. Expected values from native runs on Linux 6.18 (named in each comment). */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

const IN = Linux.EPOLLIN;
const OUT = Linux.EPOLLOUT;
const ET = Linux.EPOLLET;

/** A test view of one epoll instance. */
class Ep {
  readonly fd: number;
  constructor(readonly h: Harness, flags = 0) {
    this.fd = h.sync((c) => h.fds.epollCreate1(c, flags));
  }

  ctl(op: number, fd: number, events: number, data: bigint | number = 0, t = 1): number {
    const b = new DataView(new ArrayBuffer(12));
    b.setUint32(0, events >>> 0, true);
    b.setBigUint64(4, BigInt(data), true);
    const at = this.h.bytes(new Uint8Array(b.buffer));
    return this.h.sync((c) => this.h.fds.epollCtl(c, this.fd, op, fd, at), t);
  }

  add(fd: number, events: number, data: bigint | number = 0, t = 1): number {
    return this.ctl(Linux.EPOLL_CTL_ADD, fd, events, data, t);
  }

  mod(fd: number, events: number, data: bigint | number = 0): number {
    return this.ctl(Linux.EPOLL_CTL_MOD, fd, events, data);
  }

  del(fd: number): number {
    return this.h.sync((c) => this.h.fds.epollCtl(c, this.fd, Linux.EPOLL_CTL_DEL, fd, 0));
  }

  /** epoll_wait with timeout 0; returns [events, data] pairs (data as a number when small). */
  wait(max = 8): [number, bigint][] | number {
    const at = this.h.buf(12 * max);
    const n = this.h.now((c, f) => this.h.fds.epollWait(c, this.fd, at, max, 0, f));
    return n < 0 ? n : decode(this.h, at, n);
  }
}

function decode(h: Harness, at: number, n: number): [number, bigint][] {
  const v = new DataView(h.mem.read(at, 12 * Math.max(n, 0)).buffer);
  return Array.from({ length: n }, (_, i) => [v.getUint32(i * 12, true), v.getBigUint64(i * 12 + 4, true)]);
}

Deno.test("level-triggered: reported while ready, data round-trips", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  // native: ADD read end LT IN, data 0xdeadbeefcafebabe
  assert.equal(ep.add(r, IN, 0xdeadbeefcafebaben), 0);
  assert.deepEqual(ep.wait(), []);
  h.put(w, "a");
  assert.deepEqual(ep.wait(), [[IN, 0xdeadbeefcafebaben]]);
  assert.deepEqual(ep.wait(), [[IN, 0xdeadbeefcafebaben]]);
  h.get(r, 10);
  assert.deepEqual(ep.wait(), []);
  // native: ADD again -> EEXIST
  assert.equal(ep.add(r, IN), -Errno.EEXIST);
});

Deno.test("edge-triggered: one report per wake-up; every pipe write is a wake-up", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN);
  assert.equal(ep.mod(r, IN | ET, 2), 0);
  assert.deepEqual(ep.wait(), []);
  h.put(w, "a");
  // native: ET after write -> IN once; again -> none; a 2nd write to the already-readable pipe -> IN again
  assert.deepEqual(ep.wait(), [[IN, 2n]]);
  assert.deepEqual(ep.wait(), []);
  h.put(w, "b");
  assert.deepEqual(ep.wait(), [[IN, 2n]]);
  // native: a partial read -> none; MOD re-arms on a readable pipe -> reported once
  h.get(r, 1);
  assert.deepEqual(ep.wait(), []);
  ep.mod(r, IN | ET, 3);
  assert.deepEqual(ep.wait(), [[IN, 3n]]);
  assert.deepEqual(ep.wait(), []);
});

Deno.test("edge-triggered on a pipe write end", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  // native: initial OUT once; writes and reads of a non-full pipe -> none; fill -> none;
  // read 100 of a full pipe -> none; freeing a slot of a full pipe -> OUT; freeing another -> none;
  // reader close -> OUT|ERR (0xc) once
  ep.add(w, OUT | ET, 0x11);
  assert.deepEqual(ep.wait(), [[OUT, 0x11n]]);
  assert.deepEqual(ep.wait(), []);
  h.put(w, "a");
  assert.deepEqual(ep.wait(), []);
  h.get(r, 1);
  assert.deepEqual(ep.wait(), []);
  h.put(w, new Uint8Array(65536));
  assert.deepEqual(ep.wait(), []);
  h.get(r, 100);
  assert.deepEqual(ep.wait(), []);
  h.get(r, 4000);
  assert.deepEqual(ep.wait(), [[OUT, 0x11n]]);
  h.get(r, 4096);
  assert.deepEqual(ep.wait(), []);
  h.sync((c) => h.fds.close(c, r));
  assert.deepEqual(ep.wait(), [[0xc, 0x11n]]);
  assert.deepEqual(ep.wait(), []);
  // native: a write that fails with EPIPE -> none
  h.put(w, "x");
  assert.deepEqual(ep.wait(), []);
});

Deno.test("edge-triggered quirks: failed writes wake the read side, resizes wake the write side", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  h.put(w, new Uint8Array(65536));
  ep.add(r, IN | ET, 1);
  assert.deepEqual(ep.wait(), [[IN, 1n]]);
  // native: EAGAIN write -> IN again; EAGAIN write(NULL, 5) -> IN again; 0-length write or read -> none
  assert.equal(h.put(w, "x"), -Errno.EAGAIN);
  assert.deepEqual(ep.wait(), [[IN, 1n]]);
  assert.equal(h.now((c, f) => h.fds.write(c, w, 0, 5, f)), -Errno.EAGAIN);
  assert.deepEqual(ep.wait(), [[IN, 1n]]);
  h.put(w, "");
  h.get(r, 0);
  assert.deepEqual(ep.wait(), []);
  // native: read 10 (no slot freed), F_SETPIPE_SZ, closing a dup of the write end -> none on the read end
  h.get(r, 10);
  h.sync((c) => h.fds.fcntl(c, r, Linux.F_SETPIPE_SZ, 131072));
  h.sync((c) => h.fds.close(c, h.sync((c2) => h.fds.dup(c2, w))));
  assert.deepEqual(ep.wait(), []);
  const ep2 = new Ep(h);
  // native: write end after the resize -> OUT; after filling -> none; growing -> OUT; read 10 -> none
  ep2.add(w, OUT | ET, 2);
  assert.deepEqual(ep2.wait(), [[OUT, 2n]]);
  h.put(w, new Uint8Array(65536));
  assert.deepEqual(ep2.wait(), []);
  h.sync((c) => h.fds.fcntl(c, r, Linux.F_SETPIPE_SZ, 262144));
  assert.deepEqual(ep2.wait(), [[OUT, 2n]]);
  h.get(r, 10);
  assert.deepEqual(ep2.wait(), []);
});

Deno.test("EPOLLONESHOT disables the interest until MOD", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN | Linux.EPOLLONESHOT, 4);
  h.put(w, "a");
  // native: reported once; further writes and even the writer's close -> none; MOD re-arms -> 0x11
  assert.deepEqual(ep.wait(), [[IN, 4n]]);
  assert.deepEqual(ep.wait(), []);
  h.put(w, "a");
  assert.deepEqual(ep.wait(), []);
  h.sync((c) => h.fds.close(c, w));
  assert.deepEqual(ep.wait(), []);
  ep.mod(r, IN | Linux.EPOLLONESHOT, 5);
  assert.deepEqual(ep.wait(), [[0x11, 5n]]);
  // native: LT data+HUP 0x11; drained 0x10; events 0 still reports HUP; EPOLLOUT on a read end -> HUP only
  ep.mod(r, IN, 6);
  assert.deepEqual(ep.wait(), [[0x11, 6n]]);
  h.get(r, 10);
  assert.deepEqual(ep.wait(), [[0x10, 6n]]);
  ep.mod(r, 0, 7);
  assert.deepEqual(ep.wait(), [[0x10, 7n]]);
  ep.mod(r, OUT, 8);
  assert.deepEqual(ep.wait(), [[0x10, 8n]]);
  // native: DEL -> 0; DEL again / MOD unregistered -> ENOENT
  assert.equal(ep.del(r), 0);
  assert.equal(ep.del(r), -Errno.ENOENT);
  assert.equal(ep.mod(r, IN), -Errno.ENOENT);
});

Deno.test("EPOLLRDHUP and socket wake-ups", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | Linux.SOCK_NONBLOCK);
  ep.add(a, IN | Linux.EPOLLRDHUP, 0x21);
  // native: fresh -> none; peer SHUT_WR -> 0x2001; peer close -> 0x2011; closing the only fd -> interest gone
  assert.deepEqual(ep.wait(), []);
  h.sync((c) => h.fds.shutdown(c, b, Linux.SHUT_WR));
  assert.deepEqual(ep.wait(), [[0x2001, 0x21n]]);
  h.sync((c) => h.fds.close(c, b));
  assert.deepEqual(ep.wait(), [[0x2011, 0x21n]]);
  h.sync((c) => h.fds.close(c, a));
  assert.deepEqual(ep.wait(), []);
  const [c1, c2] = h.socketpair(Linux.SOCK_STREAM | Linux.SOCK_NONBLOCK);
  ep.add(c1, IN | OUT | ET, 0x22);
  // native ET IN|OUT: fresh 0x4; peer write 0x5; 2nd peer write 0x5; own write none;
  // peer reads our data 0x5; own read none
  assert.deepEqual(ep.wait(), [[0x4, 0x22n]]);
  assert.deepEqual(ep.wait(), []);
  h.put(c2, "x");
  assert.deepEqual(ep.wait(), [[0x5, 0x22n]]);
  h.put(c2, "x");
  assert.deepEqual(ep.wait(), [[0x5, 0x22n]]);
  h.put(c1, "x");
  assert.deepEqual(ep.wait(), []);
  h.get(c2, 10);
  assert.deepEqual(ep.wait(), [[0x5, 0x22n]]);
  h.get(c1, 10);
  assert.deepEqual(ep.wait(), []);
  const [d1, d2] = h.socketpair(Linux.SOCK_STREAM | Linux.SOCK_NONBLOCK);
  ep.add(d1, IN | OUT | Linux.EPOLLRDHUP | ET, 4);
  // native ET with RDHUP: fresh 0x4; own SHUT_WR 0x4; peer SHUT_WR 0x2015; peer close 0x2015
  assert.deepEqual(ep.wait(), [[0x4, 4n]]);
  h.sync((c) => h.fds.shutdown(c, d1, Linux.SHUT_WR));
  assert.deepEqual(ep.wait(), [[0x4, 4n]]);
  h.sync((c) => h.fds.shutdown(c, d2, Linux.SHUT_WR));
  assert.deepEqual(ep.wait(), [[0x2015, 4n]]);
  h.sync((c) => h.fds.close(c, d2));
  assert.deepEqual(ep.wait(), [[0x2015, 4n]]);
});

Deno.test("eventfd edge-triggered wake-ups", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const e = h.sync((c) => h.fds.eventfd(c, 0, Linux.EFD_NONBLOCK));
  ep.add(e, IN | OUT | ET, 0x31);
  const one = new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]);
  // native: fresh 0x4; write 0x5; 2nd write 0x5; read 0x4; EAGAIN read none; write of 0 -> 0x4
  assert.deepEqual(ep.wait(), [[0x4, 0x31n]]);
  assert.deepEqual(ep.wait(), []);
  h.put(e, one);
  assert.deepEqual(ep.wait(), [[0x5, 0x31n]]);
  h.put(e, one);
  assert.deepEqual(ep.wait(), [[0x5, 0x31n]]);
  h.get(e, 8);
  assert.deepEqual(ep.wait(), [[0x4, 0x31n]]);
  h.get(e, 8);
  assert.deepEqual(ep.wait(), []);
  h.put(e, new Uint8Array(8));
  assert.deepEqual(ep.wait(), [[0x4, 0x31n]]);
  // native: write max-1 -> 0x1; an EAGAIN write -> none
  h.put(e, new Uint8Array([0xfe, 255, 255, 255, 255, 255, 255, 255]));
  assert.deepEqual(ep.wait(), [[0x1, 0x31n]]);
  assert.equal(h.put(e, one), -Errno.EAGAIN);
  assert.deepEqual(ep.wait(), []);
});

Deno.test("ready-list order, maxevents and round robin", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const pipes = [h.pipe(Linux.O_NONBLOCK), h.pipe(Linux.O_NONBLOCK), h.pipe(Linux.O_NONBLOCK)];
  pipes.forEach(([r], i) => ep.add(r, IN, 0xa + i));
  h.put(pipes[2][1], "x");
  h.put(pipes[0][1], "x");
  h.put(pipes[1][1], "x");
  const data = (max: number) => (ep.wait(max) as [number, bigint][]).map(([, d]) => Number(d));
  // native: writes to c, a, b -> c a b; again c a b; maxevents 1 -> c, a, b, c; maxevents 2 -> a b, c a
  assert.deepEqual(data(8), [0xc, 0xa, 0xb]);
  assert.deepEqual(data(8), [0xc, 0xa, 0xb]);
  assert.deepEqual([data(1), data(1), data(1), data(1)], [[0xc], [0xa], [0xb], [0xc]]);
  assert.deepEqual([data(2), data(2)], [[0xa, 0xb], [0xc, 0xa]]);
  // native: draining a -> b c; writing a again -> b c a
  h.get(pipes[0][0], 10);
  assert.deepEqual(data(8), [0xb, 0xc]);
  h.put(pipes[0][1], "x");
  assert.deepEqual(data(8), [0xb, 0xc, 0xa]);
});

Deno.test("epoll_wait argument errors", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe();
  ep.add(r, IN, 1);
  h.put(w, "x");
  const buf = h.buf(12);
  const wait = (epfd: number, addr: number, max: number) => h.now((c, f) => h.fds.epollWait(c, epfd, addr, max, 0, f));
  // native: maxevents 0 / -1 / INT_MAX/12+1 -> EINVAL; INT_MAX/12 -> ok
  assert.equal(wait(ep.fd, buf, 0), -Errno.EINVAL);
  assert.equal(wait(ep.fd, buf, -1), -Errno.EINVAL);
  assert.equal(wait(ep.fd, buf, Linux.EP_MAX_EVENTS + 1), -Errno.EINVAL);
  // native: NULL events with a ready item -> EFAULT and the item stays ready; none ready -> 0
  assert.equal(wait(ep.fd, 0, 1), -Errno.EFAULT);
  assert.deepEqual(ep.wait(), [[IN, 1n]]);
  const empty = new Ep(h);
  assert.equal(wait(empty.fd, 0, 1), 0);
  // native: bad fd -> EBADF (even with maxevents 0); not an epoll -> EINVAL
  assert.equal(wait(999, buf, 1), -Errno.EBADF);
  assert.equal(wait(999, buf, 0), -Errno.EBADF);
  assert.equal(wait(r, buf, 1), -Errno.EINVAL);
  assert.equal(wait(r, buf, 0), -Errno.EINVAL);
  // native: epoll_create1(1), epoll_create1(O_NONBLOCK), epoll_create(0) -> EINVAL; EPOLL_CLOEXEC -> FD_CLOEXEC
  assert.equal(h.sync((c) => h.fds.epollCreate1(c, 1)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.epollCreate1(c, Linux.O_NONBLOCK)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.epollCreate(c, 0)), -Errno.EINVAL);
  const cl = new Ep(h, Linux.EPOLL_CLOEXEC);
  assert.equal(h.sync((c) => h.fds.fcntl(c, cl.fd, Linux.F_GETFD, 0)), 1);
  // native: read/write on an epoll fd -> EINVAL (also with length 0)
  assert.equal(h.get(ep.fd, 10)[0], -Errno.EINVAL);
  assert.equal(h.put(ep.fd, "x"), -Errno.EINVAL);
  assert.equal(h.get(ep.fd, 0)[0], -Errno.EINVAL);
});

Deno.test("epoll_ctl argument errors in Linux's order", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [a] = h.pipe();
  const [b] = h.pipe();
  const ev = h.bytes(new Uint8Array(12).fill(0).map((_, i) => (i === 0 ? 1 : 0)));
  const ctl = (epfd: number, op: number, fd: number, at = ev) => h.sync((c) => h.fds.epollCtl(c, epfd, op, fd, at));
  // native: bad epfd -> EBADF; bad fd -> EBADF; epfd is a pipe -> EINVAL; fd == epfd -> EINVAL; op 0 / 4 -> EINVAL
  assert.equal(ctl(999, 1, a), -Errno.EBADF);
  assert.equal(ctl(ep.fd, 1, 999), -Errno.EBADF);
  assert.equal(ctl(a, 1, b), -Errno.EINVAL);
  assert.equal(ctl(ep.fd, 1, ep.fd), -Errno.EINVAL);
  assert.equal(ctl(ep.fd, 0, a), -Errno.EINVAL);
  assert.equal(ctl(ep.fd, 4, a), -Errno.EINVAL);
  // native: ADD with NULL event -> EFAULT even with a bad epfd; DEL with NULL + bad epfd -> EBADF;
  // op 4 with a bad epfd -> EBADF; op 4 with NULL -> EFAULT; DEL of epfd itself -> EINVAL
  assert.equal(ctl(ep.fd, 1, a, 0), -Errno.EFAULT);
  assert.equal(ctl(999, 1, a, 0), -Errno.EFAULT);
  assert.equal(ctl(999, 2, a, 0), -Errno.EBADF);
  assert.equal(ctl(999, 4, a), -Errno.EBADF);
  assert.equal(ctl(ep.fd, 4, a, 0), -Errno.EFAULT);
  assert.equal(ctl(ep.fd, 2, ep.fd, 0), -Errno.EINVAL);
  // native: bad epfd and bad fd -> EBADF; epfd is a pipe and bad fd -> EBADF
  assert.equal(ctl(999, 1, 998), -Errno.EBADF);
  assert.equal(ctl(a, 1, 998), -Errno.EBADF);
  // native: EPOLLEXCLUSIVE: ADD ok; MOD with or without it -> EINVAL; with ONESHOT -> EINVAL; EPOLLWAKEUP ok
  assert.equal(ep.add(a, IN | Linux.EPOLLEXCLUSIVE), 0);
  assert.equal(ep.mod(a, IN | Linux.EPOLLEXCLUSIVE), -Errno.EINVAL);
  assert.equal(ep.mod(a, IN), -Errno.EINVAL);
  assert.equal(ep.add(b, IN | Linux.EPOLLEXCLUSIVE | Linux.EPOLLONESHOT), -Errno.EINVAL);
  assert.equal(ep.add(b, IN | Linux.EPOLLWAKEUP), 0);
  assert.equal(ep.mod(b, IN), 0);
});

Deno.test("nested epoll and loops", () => {
  const h = new Harness();
  const outer = new Ep(h);
  const inner = new Ep(h);
  const [r, w] = h.pipe();
  const [r2, w2] = h.pipe();
  inner.add(r, 0xffffffff & ~Linux.EPOLLEXCLUSIVE, 0xc);
  inner.add(r2, IN, 0xd);
  h.put(w, "x");
  h.put(w2, "x");
  // native: all bits (so also ONESHOT and ET) on a readable pipe -> 0x41 once; a plain IN item stays ready;
  // ADD inner into outer -> 0; outer into inner -> ELOOP
  assert.deepEqual(inner.wait(), [[0x41, 0xcn], [IN, 0xdn]]);
  assert.deepEqual(inner.wait(), [[IN, 0xdn]]);
  assert.equal(outer.add(inner.fd, IN, 0xe2), 0);
  assert.equal(inner.add(outer.fd, IN, 0xe1), -Errno.ELOOP);
  // native: poll on the inner epoll -> POLLIN; on an empty epoll -> 0; outer reports the inner (0x1)
  assert.equal(h.revents(inner.fd, Linux.POLLIN | Linux.POLLOUT), Linux.POLLIN);
  assert.equal(h.revents(new Ep(h).fd, Linux.POLLIN | Linux.POLLOUT), 0);
  assert.deepEqual(outer.wait(), [[IN, 0xe2n]]);
});

Deno.test("interests follow the description, not the fd number", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN, 0x41);
  const d = h.sync((c) => h.fds.dup(c, r));
  h.sync((c) => h.fds.close(c, r));
  h.put(w, "a");
  // native: registered fd closed while a dup lives -> still reported under the old registration;
  // DEL / MOD on the dup -> ENOENT; ADD on the dup -> both registrations reported
  assert.deepEqual(ep.wait(), [[IN, 0x41n]]);
  assert.equal(ep.del(d), -Errno.ENOENT);
  assert.equal(ep.mod(d, IN), -Errno.ENOENT);
  assert.equal(ep.add(d, IN, 0x42), 0);
  assert.deepEqual(ep.wait(), [[IN, 0x41n], [IN, 0x42n]]);
  // native: a new pipe reuses the old fd number: DEL of that number -> ENOENT; ADD -> 0; three reported
  const [r2, w2] = h.pipe(Linux.O_NONBLOCK);
  assert.equal(r2, r);
  assert.equal(ep.del(r2), -Errno.ENOENT);
  assert.equal(ep.add(r2, IN, 0x43), 0);
  h.put(w2, "b");
  assert.deepEqual(ep.wait(), [[IN, 0x41n], [IN, 0x42n], [IN, 0x43n]]);
  // native: closing the dup (last fd of the first pipe) removes both of its interests
  h.sync((c) => h.fds.close(c, d));
  assert.deepEqual(ep.wait(), [[IN, 0x43n]]);
});

Deno.test("blocking epoll_wait: wake-ups, timeouts, interests removed while waiting", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN, 0x99);
  const out = h.buf(12 * 8);
  // native: blocked epoll_wait(-1) then a write from another thread -> 1 [0x1 0x99]
  const wait = h.start(1, (c, f) => h.fds.epollWait(c, ep.fd, out, 8, -1, f));
  assert.equal(h.sched.blockedReason(1), `epoll_wait(fd ${ep.fd})`);
  h.put(w, "z", 2);
  h.settle();
  assert.equal(wait.result, 1);
  assert.deepEqual(decode(h, out, 1), [[IN, 0x99n]]);
  h.get(r, 10);
  // native: timeout 100 with nothing ready -> 0 after 100 ms
  const timed = h.start(1, (c, f) => h.fds.epollWait(c, ep.fd, out, 8, 100, f));
  h.settle();
  assert.equal(timed.result, 0);
  assert.equal(timed.at, 100e6);
  // native: closing the registered (only) fd and the writer leaves the waiter blocked;
  // adding a not-ready pipe keeps it blocked; a write to that pipe wakes it -> [0x1 0x98]
  const [r2, w2] = h.pipe(Linux.O_NONBLOCK);
  const blocked = h.start(1, (c, f) => h.fds.epollWait(c, ep.fd, out, 8, -1, f));
  h.sync((c) => h.fds.close(c, r), 2);
  h.sync((c) => h.fds.close(c, w), 2);
  h.settle();
  assert.equal(blocked.done, false);
  ep.add(r2, IN, 0x98, 2);
  h.settle();
  assert.equal(blocked.done, false);
  h.put(w2, "a", 2);
  h.settle();
  assert.equal(blocked.result, 1);
  assert.deepEqual(decode(h, out, 1), [[IN, 0x98n]]);
});

Deno.test("an epoll fd closed while a thread waits on it keeps working for that thread", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN, 7);
  const out = h.buf(12);
  const wait = h.start(1, (c, f) => h.fds.epollWait(c, ep.fd, out, 1, -1, f));
  h.sync((c) => h.fds.close(c, ep.fd), 2);
  h.put(w, "a", 2);
  h.settle();
  assert.equal(wait.result, 1);
});

Deno.test("two edge-triggered waiters: one wake-up wakes one of them", () => {
  const h = new Harness();
  const ep = new Ep(h);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  ep.add(r, IN | ET, 1);
  const w1 = h.start(1, (c, f) => h.fds.epollWait(c, ep.fd, h.buf(12), 1, -1, f));
  const w2 = h.start(2, (c, f) => h.fds.epollWait(c, ep.fd, h.buf(12), 1, -1, f));
  h.put(w, "a", 3);
  h.settle();
  assert.deepEqual([w1.result, w2.done], [1, false]);
  h.put(w, "b", 3);
  h.settle();
  assert.equal(w2.result, 1);
});
