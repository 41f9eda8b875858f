/**
 * readv/writev: iovec decoding, limits, zero-length entries, null segments and per-type vector
 * handling. Expected values from native runs on Linux 6.18 (named in each comment).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

/** Writes an iovec array of [addr, len] pairs and returns its address. */
function iovecs(h: Harness, segs: [number, number][]): number {
  const at = h.buf(16 * Math.max(segs.length, 1));
  const v = new DataView(new ArrayBuffer(16 * segs.length));
  segs.forEach(([addr, len], i) => {
    v.setBigUint64(i * 16, BigInt(addr), true);
    v.setBigUint64(i * 16 + 8, BigInt.asUintN(64, BigInt(len)), true);
  });
  h.mem.write(at, new Uint8Array(v.buffer));
  return at;
}

const writev = (h: Harness, fd: number, segs: [number, number][]) =>
  h.now((c, f) => h.fds.writev(c, fd, iovecs(h, segs), segs.length, f));
const readv = (h: Harness, fd: number, segs: [number, number][]) =>
  h.now((c, f) => h.fds.readv(c, fd, iovecs(h, segs), segs.length, f));

Deno.test("writev gathers and readv scatters, skipping zero-length entries", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  // native: writev [NULL 0, 7 valid] -> 7
  assert.equal(writev(h, w, [[0, 0], [h.bytes("abc"), 3], [h.bytes("defg"), 4]]), 7);
  const a = h.buf(2);
  const b = h.buf(10);
  assert.equal(readv(h, r, [[a, 2], [0, 0], [b, 10]]), 7);
  assert.equal(h.text(a, 2) + h.text(b, 5), "abcdefg");
});

Deno.test("iovec count and length limits", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  const v = iovecs(h, [[h.buf(4), 4]]);
  // native: readv cnt -1 / 1025 -> EINVAL; cnt 1024 with NULL array -> EFAULT; cnt 0 (even NULL) -> 0
  assert.equal(h.now((c, f) => h.fds.readv(c, r, v, -1, f)), -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.readv(c, r, v, 1025, f)), -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.readv(c, r, 0, 1024, f)), -Errno.EFAULT);
  assert.equal(h.now((c, f) => h.fds.readv(c, r, v, 0, f)), 0);
  assert.equal(h.now((c, f) => h.fds.readv(c, r, 0, 0, f)), 0);
  // native: writev cnt 0 -> 0; cnt 1 NULL array -> EFAULT; an iov_len of (size_t)-1 -> EINVAL
  assert.equal(h.now((c, f) => h.fds.writev(c, w, v, 0, f)), 0);
  assert.equal(h.now((c, f) => h.fds.writev(c, w, 0, 1, f)), -Errno.EFAULT);
  assert.equal(writev(h, w, [[h.buf(1), -1]]), -Errno.EINVAL);
  // native: the fd checks come first: readv on the write end with cnt -1 -> EBADF, readv(999) -> EBADF;
  // writev on the write end with cnt -1 -> EINVAL
  assert.equal(h.now((c, f) => h.fds.readv(c, w, v, -1, f)), -Errno.EBADF);
  assert.equal(h.now((c, f) => h.fds.readv(c, 999, v, -1, f)), -Errno.EBADF);
  assert.equal(h.now((c, f) => h.fds.writev(c, w, v, -1, f)), -Errno.EINVAL);
  // native: readv of zero-length iovecs on the write end -> EBADF; on the read end -> 0
  assert.equal(readv(h, w, [[h.buf(1), 0]]), -Errno.EBADF);
  assert.equal(readv(h, r, [[h.buf(1), 0]]), 0);
});

Deno.test("null segments: the kernel's partial-copy rules for pipes", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  const data = h.bytes(new Uint8Array(8192).fill(120));
  // native: writev [10 valid, NULL 5] on an empty pipe -> EFAULT, nothing written, no POLLIN
  assert.equal(writev(h, w, [[data, 10], [0, 5]]), -Errno.EFAULT);
  assert.equal(h.fionread(r), 0);
  assert.equal(h.revents(r, Linux.POLLIN), 0);
  h.put(w, "abc");
  // native: writev [10 valid, NULL 5] with 3 bytes held (merge path) -> EFAULT, FIONREAD 3
  assert.equal(writev(h, w, [[data, 10], [0, 5]]), -Errno.EFAULT);
  assert.equal(h.fionread(r), 3);
  // native: writev [5000 valid, NULL 5] with 3 held -> 909 (the merged n & 4095 bytes), FIONREAD 912
  assert.equal(writev(h, w, [[data, 5000], [0, 5]]), 909);
  assert.equal(h.fionread(r), 912);
  h.get(r, 1000);
  // native: [8192 valid, NULL 5] -> 8192; [4096 valid, NULL 4096] -> 4096
  assert.equal(writev(h, w, [[data, 8192], [0, 5]]), 8192);
  h.get(r, 10000);
  assert.equal(writev(h, w, [[data, 4096], [0, 4096]]), 4096);
  h.get(r, 10000);
  h.put(w, "1234567");
  // native: readv [3, NULL 5, 5] with 7 bytes in one page -> EFAULT, nothing consumed
  assert.equal(readv(h, r, [[h.buf(3), 3], [0, 5], [h.buf(5), 5]]), -Errno.EFAULT);
  assert.equal(h.fionread(r), 7);
  h.get(r, 7);
  h.put(w, "abc");
  h.put(w, new Uint8Array(4096));
  // native: readv [3, NULL 5] with pages [3][4096] -> 3 (first page consumed), FIONREAD 4096
  assert.equal(readv(h, r, [[h.buf(3), 3], [0, 5]]), 3);
  assert.equal(h.fionread(r), 4096);
});

Deno.test("eventfd: readv is one transfer, writev writes segment by segment", () => {
  const h = new Harness();
  const e = h.sync((c) => h.fds.eventfd(c, 0, Linux.EFD_NONBLOCK));
  const one = h.bytes(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]));
  const two = h.bytes(new Uint8Array([2, 0, 0, 0, 0, 0, 0, 0]));
  // native: writev [8, 8] (values 1 and 2) -> 16, counter 3
  assert.equal(writev(h, e, [[one, 8], [two, 8]]), 16);
  const out = h.buf(8);
  assert.equal(h.now((c, f) => h.fds.read(c, e, out, 8, f)), 8);
  assert.equal(h.mem.read(out, 1)[0], 3);
  // native: writev [8, NULL 8] -> 8 (the second segment faults after the first was written)
  assert.equal(writev(h, e, [[one, 8], [0, 8]]), 8);
  // native: writev [4, 4] -> EINVAL (each segment is a separate 4-byte write)
  assert.equal(writev(h, e, [[one, 4], [one + 4, 4]]), -Errno.EINVAL);
  // native: readv [4, 4] -> 8 (one read_iter over both segments)
  const a = h.buf(4);
  const b = h.buf(4);
  assert.equal(readv(h, e, [[a, 4], [b, 4]]), 8);
  assert.equal(h.mem.read(a, 1)[0], 1);
  // native: readv / writev with zero iovecs on an eventfd -> 0; readv on epoll with zero iovecs -> EINVAL
  assert.equal(readv(h, e, []), 0);
  assert.equal(writev(h, e, []), 0);
  const ep = h.sync((c) => h.fds.epollCreate1(c, 0));
  assert.equal(readv(h, ep, []), -Errno.EINVAL);
});

Deno.test("read and write length checks: access_ok and MAX_RW_COUNT", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  h.put(w, "abc");
  // native: read(buf, 2^63) -> EFAULT (the range passes the end of user space)
  assert.equal(h.now((c, f) => h.fds.read(c, r, h.buf(8), 2 ** 63, f)), -Errno.EFAULT);
  assert.equal(h.fionread(r), 3);
});
