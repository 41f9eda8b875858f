/** eventfd counters. Expected values from native runs on Linux 6.18 (named in each comment). */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

const MAX = (1n << 64n) - 1n;

function u64(h: Harness, v: bigint): number {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, v, true);
  return h.bytes(b);
}

function readU64(h: Harness, fd: number, len = 8, t = 1): [number, bigint] {
  const at = h.buf(Math.max(len, 8));
  const r = h.now((c, f) => h.fds.read(c, fd, at, len, f), t);
  return [r, new DataView(h.mem.read(at, 8).buffer).getBigUint64(0, true)];
}

const write64 = (h: Harness, fd: number, v: bigint, len = 8, t = 1) =>
  h.now((c, f) => h.fds.write(c, fd, u64(h, v), len, f), t);

Deno.test("counter semantics, buffer sizes and EFAULT", () => {
  const h = new Harness();
  const e = h.sync((c) => h.fds.eventfd(c, 5, Linux.EFD_NONBLOCK));
  // native: poll with count 5 -> POLLIN|POLLOUT (0x5) even when asking for RDNORM/WRNORM/PRI/RDHUP/WRBAND
  assert.equal(h.revents(e, 0x23c7), 0x5);
  // native: read of 7 or 0 bytes -> EINVAL; read(NULL, 8) -> EFAULT and the value is lost (next read EAGAIN)
  assert.equal(readU64(h, e, 7)[0], -Errno.EINVAL);
  assert.equal(readU64(h, e, 0)[0], -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.read(c, e, 0, 8, f)), -Errno.EFAULT);
  assert.equal(readU64(h, e)[0], -Errno.EAGAIN);
  write64(h, e, 3n);
  // native: a 16-byte read buffer -> 8, value 3; then EAGAIN; poll 0x4
  assert.deepEqual(readU64(h, e, 16), [8, 3n]);
  assert.equal(readU64(h, e)[0], -Errno.EAGAIN);
  assert.equal(h.revents(e, Linux.POLLIN | Linux.POLLOUT), Linux.POLLOUT);
  // native: writes of 7, 0, 9, 16 bytes -> EINVAL; write(NULL, 8) -> EFAULT; value 0 -> 8 (no change)
  for (const len of [7, 0, 9, 16]) assert.equal(write64(h, e, 1n, len), -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.write(c, e, 0, 8, f)), -Errno.EFAULT);
  assert.equal(write64(h, e, 0n), 8);
  assert.equal(h.revents(e, Linux.POLLIN | Linux.POLLOUT), Linux.POLLOUT);
});

Deno.test("overflow limits", () => {
  const h = new Harness();
  const e = h.sync((c) => h.fds.eventfd(c, 0, Linux.EFD_NONBLOCK));
  // native: writing 0xffffffffffffffff -> EINVAL; 0xfffffffffffffffe -> 8, poll POLLIN only (0x1)
  assert.equal(write64(h, e, MAX), -Errno.EINVAL);
  assert.equal(write64(h, e, MAX - 1n), 8);
  assert.equal(h.revents(e, Linux.POLLIN | Linux.POLLOUT), Linux.POLLIN);
  // native: then write 1 -> EAGAIN; write 0 -> 8; read -> 0xfffffffffffffffe
  assert.equal(write64(h, e, 1n), -Errno.EAGAIN);
  assert.equal(write64(h, e, 0n), 8);
  assert.deepEqual(readU64(h, e), [8, MAX - 1n]);
  // native: count 0xfffffffffffffffd -> poll 0x5; write 1 -> 8
  write64(h, e, MAX - 2n);
  assert.equal(h.revents(e, Linux.POLLIN | Linux.POLLOUT), 0x5);
  assert.equal(write64(h, e, 1n), 8);
});

Deno.test("semaphore mode returns 1 per read", () => {
  const h = new Harness();
  const e = h.sync((c) => h.fds.eventfd(c, 2, Linux.EFD_NONBLOCK | Linux.EFD_SEMAPHORE));
  // native: initval 2: read -> 1, read -> 1, read -> EAGAIN
  assert.deepEqual(readU64(h, e), [8, 1n]);
  assert.deepEqual(readU64(h, e), [8, 1n]);
  assert.equal(readU64(h, e)[0], -Errno.EAGAIN);
});

Deno.test("eventfd flags and initial value", () => {
  const h = new Harness();
  // native: flags 0x1234 or O_APPEND -> EINVAL; eventfd(0xffffffff, EFD_CLOEXEC) -> FD_CLOEXEC, F_GETFL 0x2, value 0xffffffff
  assert.equal(h.sync((c) => h.fds.eventfd(c, 0, 0x1234)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.eventfd(c, 0, Linux.O_APPEND)), -Errno.EINVAL);
  const e = h.sync((c) => h.fds.eventfd(c, 0xffffffffn, Linux.EFD_CLOEXEC));
  assert.equal(h.sync((c) => h.fds.fcntl(c, e, Linux.F_GETFD, 0)), 1);
  assert.equal(h.sync((c) => h.fds.fcntl(c, e, Linux.F_GETFL, 0)), 2);
  assert.deepEqual(readU64(h, e), [8, 0xffffffffn]);
  // the C argument is an unsigned int: larger values are truncated
  const e2 = h.sync((c) => h.fds.eventfd(c, 2 ** 32 + 7, Linux.EFD_NONBLOCK));
  assert.deepEqual(readU64(h, e2), [8, 7n]);
});

Deno.test("blocking reads and writes wake each other", () => {
  // native: blocked read; write 7 -> read returns 7. counter max-1; blocked write 5; read -> write returns 8, counter 5
  const h = new Harness();
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const out = h.buf(8);
  const read = h.start(1, (c, f) => h.fds.read(c, e, out, 8, f));
  assert.equal(h.sched.blockedReason(1), `read(fd ${e}: eventfd, 8 bytes)`);
  write64(h, e, 7n, 8, 2);
  h.settle();
  assert.equal(read.result, 8);
  assert.equal(h.mem.read(out, 1)[0], 7);
  write64(h, e, MAX - 1n);
  const write = h.start(2, (c, f) => h.fds.write(c, e, u64(h, 5n), 8, f));
  assert.equal(write.done, false);
  readU64(h, e);
  h.settle();
  assert.equal(write.result, 8);
  assert.deepEqual(readU64(h, e), [8, 5n]);
  // native: semaphore mode, blocked read, write 1 -> read returns 1
  const s = h.sync((c) => h.fds.eventfd(c, 0, Linux.EFD_SEMAPHORE));
  const sread = h.start(1, (c, f) => h.fds.read(c, s, out, 8, f));
  write64(h, s, 1n, 8, 2);
  h.settle();
  assert.equal(sread.result, 8);
  assert.equal(h.mem.read(out, 1)[0], 1);
});
