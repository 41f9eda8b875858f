/**
 * Pipe semantics. Expected values come from native runs on Linux 6.18 x86_64 (C programs calling
 * the same syscalls; the check is named in each comment).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

const NB = Linux.O_NONBLOCK;

Deno.test("default capacity is 16 pages; F_GETPIPE_SZ on both ends", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  // native: fcntl(p[0]/p[1], F_GETPIPE_SZ) -> 65536
  assert.equal(h.sync((c) => h.fds.fcntl(c, r, Linux.F_GETPIPE_SZ, 0)), 65536);
  assert.equal(h.sync((c) => h.fds.fcntl(c, w, Linux.F_GETPIPE_SZ, 0)), 65536);
  // native: non-blocking 1-byte writes until EAGAIN -> 65536 bytes
  assert.equal(h.fill(w, 1), 65536);
});

Deno.test("capacity depends on the write pattern (page slots)", () => {
  // native: fills with 100-, 1000-, 4096-, 5000-byte writes -> 64000, 64000, 65536, 54096
  for (const [chunk, total] of [[100, 64000], [1000, 64000], [4096, 65536], [5000, 54096]]) {
    const h = new Harness();
    const [r, w] = h.pipe(NB);
    assert.equal(h.fill(w, chunk), total, `chunk ${chunk}`);
    assert.equal(h.fionread(r), total);
  }
});

Deno.test("a non-blocking write larger than the space writes what fits", () => {
  const h = new Harness();
  const [, w] = h.pipe(NB);
  // native: write(70000) on an empty non-blocking pipe -> 65536
  assert.equal(h.put(w, new Uint8Array(70000)), 65536);
  // native: then write(1) -> EAGAIN
  assert.equal(h.put(w, "x"), -Errno.EAGAIN);
});

Deno.test("a slot is only freed when its page is fully read", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  h.put(w, new Uint8Array(65536));
  // native: full pipe, read 100 -> write(1) EAGAIN, POLLOUT not reported, FIONREAD 65436
  assert.equal(h.get(r, 100)[0], 100);
  assert.equal(h.put(w, "x"), -Errno.EAGAIN);
  assert.equal(h.revents(w, Linux.POLLOUT), 0);
  assert.equal(h.fionread(r), 65436);
  // native: read the other 3996 bytes of the page -> POLLOUT, write(4096) ok, then write(1) EAGAIN
  assert.equal(h.get(r, 3996)[0], 3996);
  assert.equal(h.revents(w, Linux.POLLOUT), Linux.POLLOUT);
  assert.equal(h.put(w, new Uint8Array(4096)), 4096);
  assert.equal(h.put(w, "x"), -Errno.EAGAIN);
});

Deno.test("PIPE_BUF atomicity for non-blocking writes", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  h.put(w, new Uint8Array(65536));
  h.get(r, 4096);
  // native: one free slot: write(1) -> 1, write(4096) -> EAGAIN, write(4095) -> 4095, write(10000) -> EAGAIN
  assert.equal(h.put(w, "x"), 1);
  assert.equal(h.put(w, new Uint8Array(4096)), -Errno.EAGAIN);
  assert.equal(h.put(w, new Uint8Array(4095)), 4095);
  assert.equal(h.put(w, new Uint8Array(10000)), -Errno.EAGAIN);
});

Deno.test("a large write merges its n & 4095 leading bytes into the last page first", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  h.put(w, new Uint8Array(61440));
  h.put(w, new Uint8Array(100));
  // native: 15 pages + 100 bytes: write(5000) -> 904 (merged), FIONREAD 62444
  assert.equal(h.put(w, new Uint8Array(5000)), 904);
  assert.equal(h.fionread(r), 62444);
  const h2 = new Harness();
  const [, w2] = h2.pipe(NB);
  h2.put(w2, new Uint8Array(61440));
  h2.put(w2, new Uint8Array(100));
  // native: 15 pages + 100 bytes: write(3997) -> EAGAIN, write(3996) -> 3996
  assert.equal(h2.put(w2, new Uint8Array(3997)), -Errno.EAGAIN);
  assert.equal(h2.put(w2, new Uint8Array(3996)), 3996);
  const h3 = new Harness();
  const [r3, w3] = h3.pipe(NB);
  h3.put(w3, new Uint8Array(14 * 4096 + 100));
  // native: 14 pages + 100: write(10000) -> 5904 (1808 merged + one page)
  assert.equal(h3.put(w3, new Uint8Array(10000)), 5904);
  assert.equal(h3.fionread(r3), 14 * 4096 + 100 + 5904);
});

Deno.test("zero-length reads and writes", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  // native: blocking read(NULL, 0) on an empty pipe -> 0 at once
  assert.equal(h.now((c, f) => h.fds.read(c, r, 0, 0, f)), 0);
  // native: read(write end, 0) -> EBADF; write(read end, 0) -> EBADF
  assert.equal(h.now((c, f) => h.fds.read(c, w, h.buf(1), 0, f)), -Errno.EBADF);
  assert.equal(h.now((c, f) => h.fds.write(c, r, h.buf(1), 0, f)), -Errno.EBADF);
  h.sync((c) => h.fds.close(c, r));
  // native: write(NULL, 0) with no readers -> 0; write(buf, 1) -> EPIPE; write(NULL, 5) -> EPIPE
  assert.equal(h.now((c, f) => h.fds.write(c, w, 0, 0, f)), 0);
  assert.equal(h.put(w, "x"), -Errno.EPIPE);
  assert.equal(h.now((c, f) => h.fds.write(c, w, 0, 5, f)), -Errno.EPIPE);
});

Deno.test("EOF once writers are gone and the buffer is drained; EPIPE once readers are gone", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  h.put(w, "hello");
  h.sync((c) => h.fds.close(c, w));
  assert.deepEqual(h.get(r, 10), [5, "hello"]);
  assert.deepEqual(h.get(r, 10), [0, ""]);
  // native: read(NULL, 5) at EOF -> 0
  assert.equal(h.now((c, f) => h.fds.read(c, r, 0, 5, f)), 0);
  const [r2, w2] = h.pipe(NB);
  h.sync((c) => h.fds.close(c, r2));
  assert.equal(h.put(w2, "x"), -Errno.EPIPE);
});

Deno.test("EAGAIN on an empty non-blocking pipe; EBADF for the wrong end", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  assert.equal(h.get(r, 10)[0], -Errno.EAGAIN);
  // native: read on the write end / write on the read end -> EBADF
  assert.equal(h.get(w, 1)[0], -Errno.EBADF);
  assert.equal(h.put(r, "x"), -Errno.EBADF);
});

Deno.test("EFAULT for null buffers, with no state change", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  // native: non-blocking read(NULL, 5) on an empty pipe -> EAGAIN (not EFAULT)
  assert.equal(h.now((c, f) => h.fds.read(c, r, 0, 5, f)), -Errno.EAGAIN);
  // native: write(NULL, 5) on an empty pipe -> EFAULT; afterwards no POLLIN, FIONREAD 0
  assert.equal(h.now((c, f) => h.fds.write(c, w, 0, 5, f)), -Errno.EFAULT);
  assert.equal(h.revents(r, Linux.POLLIN), 0);
  assert.equal(h.fionread(r), 0);
  h.put(w, "abc");
  // native: write(NULL, 5) / (NULL, 5000) / (NULL, 4096) on a pipe holding 3 bytes -> EFAULT, FIONREAD 3
  for (const n of [5, 5000, 4096]) assert.equal(h.now((c, f) => h.fds.write(c, w, 0, n, f)), -Errno.EFAULT);
  assert.equal(h.fionread(r), 3);
  // native: read(NULL, 5) with data -> EFAULT, data kept
  assert.equal(h.now((c, f) => h.fds.read(c, r, 0, 5, f)), -Errno.EFAULT);
  assert.deepEqual(h.get(r, 10), [3, "abc"]);
  h.put(w, new Uint8Array(65536));
  // native: write(NULL, 5) on a full non-blocking pipe -> EAGAIN
  assert.equal(h.now((c, f) => h.fds.write(c, w, 0, 5, f)), -Errno.EAGAIN);
});

Deno.test("F_SETPIPE_SZ rounding, limits and EBUSY", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  const set = (n: number, fd = r) => h.sync((c) => h.fds.fcntl(c, fd, Linux.F_SETPIPE_SZ, n));
  // native: 0,1,4095,4096 -> 4096; 4097 -> 8192; 65535 -> 65536; 65537 -> 131072; 1048575/1048576 -> 1048576
  const cases: [number, number][] = [
    [0, 4096],
    [1, 4096],
    [4095, 4096],
    [4096, 4096],
    [4097, 8192],
    [65535, 65536],
    [
      65537,
      131072,
    ],
    [1048575, 1048576],
    [1048576, 1048576],
  ];
  for (const [arg, size] of cases) assert.equal(set(arg), size, `F_SETPIPE_SZ ${arg}`);
  // native (root without CAP_SYS_RESOURCE): 1048577, 2097152, 2^31 -> EPERM; 2^31+1, 0xffffffff, -1 -> EINVAL
  for (const arg of [1048577, 2097152, 2 ** 31]) assert.equal(set(arg), -Errno.EPERM);
  for (const arg of [2 ** 31 + 1, 0xffffffff, -1]) assert.equal(set(arg), -Errno.EINVAL);
  // native: 0x100001000 is truncated to u32 (4096) -> 4096
  assert.equal(set(0x100001000), 4096);
  assert.equal(h.sync((c) => h.fds.fcntl(c, w, Linux.F_GETPIPE_SZ, 0)), 4096);
  set(65536);
  h.put(w, new Uint8Array(10000));
  // native: 10000 bytes held in 3 slots: 4096 -> EBUSY, 8192 -> EBUSY, 16384 -> 16384
  assert.equal(set(4096, w), -Errno.EBUSY);
  assert.equal(set(8192, w), -Errno.EBUSY);
  assert.equal(set(16384, w), 16384);
  assert.equal(h.fill(w, 4096), 4096);
});

Deno.test("pipe2 flags and O_DIRECT packet mode", () => {
  const h = new Harness();
  const at = h.buf(8);
  // native: pipe2(O_EXCL) -> ENOPKG, pipe2(1) / pipe2(O_APPEND) -> EINVAL, pipe2(NULL, 0) -> EFAULT, pipe2(NULL, 1) -> EINVAL
  assert.equal(h.sync((c) => h.fds.pipe2(c, at, 0o200)), -Errno.ENOPKG);
  assert.equal(h.sync((c) => h.fds.pipe2(c, at, 1)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.pipe2(c, at, Linux.O_APPEND)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.pipe2(c, 0, 0)), -Errno.EFAULT);
  assert.equal(h.sync((c) => h.fds.pipe2(c, 0, 1)), -Errno.EINVAL);
  assert.deepEqual(h.fds.table.openFds(), [0, 1, 2]);
  const [r, w] = h.pipe(Linux.O_DIRECT);
  // native: F_GETFL read end 0x0, write end 0x4001
  assert.equal(h.sync((c) => h.fds.fcntl(c, r, Linux.F_GETFL, 0)), 0);
  assert.equal(h.sync((c) => h.fds.fcntl(c, w, Linux.F_GETFL, 0)), 0x4001);
  // native: writes "abc", "defg" -> read(100) 3, read(2) 2 (rest of the packet discarded), FIONREAD 0
  h.put(w, "abc");
  h.put(w, "defg");
  assert.deepEqual(h.get(r, 100), [3, "abc"]);
  assert.deepEqual(h.get(r, 2), [2, "de"]);
  assert.equal(h.fionread(r), 0);
  // native: write 5000 -> read(10000) returns 4096 (one packet)
  h.put(w, new Uint8Array(5000));
  assert.equal(h.get(r, 10000)[0], 4096);
  const [, w2] = h.pipe(Linux.O_DIRECT | NB);
  // native: O_DIRECT non-blocking fill with 1-byte writes -> 16
  assert.equal(h.fill(w2, 1), 16);
});

Deno.test("F_SETFL O_DIRECT toggles packet mode on the write end", () => {
  const h = new Harness();
  const [r, w] = h.pipe(NB);
  h.sync((c) => h.fds.fcntl(c, w, Linux.F_SETFL, Linux.O_DIRECT | NB));
  h.put(w, "ab");
  h.put(w, "cd");
  // native: read(10) -> 2 after two packet writes
  assert.equal(h.get(r, 10)[0], 2);
  h.sync((c) => h.fds.fcntl(c, w, Linux.F_SETFL, NB));
  h.put(w, "ef");
  // native: a normal write after a packet does not merge into it: reads 2 then 2
  assert.deepEqual(h.get(r, 10), [2, "cd"]);
  assert.deepEqual(h.get(r, 10), [2, "ef"]);
});
