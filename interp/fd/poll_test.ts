/** poll/ppoll. Expected values from native runs on Linux 6.18 (named in each comment). */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

const IN = Linux.POLLIN;
const OUT = Linux.POLLOUT;

/** Writes pollfds and returns their address. */
function pollfds(h: Harness, entries: [number, number][]): number {
  const at = h.buf(8 * Math.max(entries.length, 1));
  const v = new DataView(new ArrayBuffer(8 * entries.length));
  entries.forEach(([fd, events], i) => {
    v.setInt32(i * 8, fd, true);
    v.setInt16(i * 8 + 4, events, true);
    v.setInt16(i * 8 + 6, 0x7777, true);
  });
  h.mem.write(at, new Uint8Array(v.buffer));
  return at;
}

function revents(h: Harness, at: number, n: number): number[] {
  const v = new DataView(h.mem.read(at, 8 * n).buffer);
  return Array.from({ length: n }, (_, i) => v.getUint16(i * 8 + 6, true));
}

Deno.test("pipe read end revents in every state", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  // native: empty with writers -> 0 for POLLIN|POLLOUT
  assert.equal(h.revents(r, IN | OUT), 0);
  h.put(w, "a");
  // native: 1 byte, asking POLLIN|POLLRDNORM|POLLOUT -> 0x41
  assert.equal(h.revents(r, IN | Linux.POLLRDNORM | OUT), 0x41);
  assert.equal(h.revents(r, IN), IN);
  h.sync((c) => h.fds.close(c, w));
  // native: data, no writers: POLLIN -> 0x11; IN|RDNORM|RDHUP|PRI -> 0x51; events 0 -> 0x10
  assert.equal(h.revents(r, IN), 0x11);
  assert.equal(h.revents(r, IN | Linux.POLLRDNORM | Linux.POLLRDHUP | Linux.POLLPRI), 0x51);
  assert.equal(h.revents(r, 0), 0x10);
  h.get(r, 10);
  // native: drained, no writers -> 0x10
  assert.equal(h.revents(r, IN), 0x10);
  // native: events 0xffff on a readable pipe -> 0x41
  const [r2, w2] = h.pipe();
  h.put(w2, "a");
  assert.equal(h.revents(r2, 0xffff), 0x41);
});

Deno.test("pipe write end revents in every state", () => {
  const h = new Harness();
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  // native: empty pipe write end: POLLIN|POLLOUT -> 0x4; POLLOUT|POLLWRNORM|POLLWRBAND -> 0x104
  assert.equal(h.revents(w, IN | OUT), OUT);
  assert.equal(h.revents(w, OUT | Linux.POLLWRNORM | Linux.POLLWRBAND), 0x104);
  h.put(w, new Uint8Array(65536));
  assert.equal(h.revents(w, OUT), 0);
  h.sync((c) => h.fds.close(c, r));
  // native: full, no readers -> 0x8
  assert.equal(h.revents(w, OUT), 0x8);
  const [r2, w2] = h.pipe();
  h.sync((c) => h.fds.close(c, r2));
  // native: no readers: POLLOUT -> 0xc, events 0 -> 0x8
  assert.equal(h.revents(w2, OUT), 0xc);
  assert.equal(h.revents(w2, 0), 0x8);
});

Deno.test("POLLNVAL, negative fds, duplicates", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  h.put(w, "a");
  // native: [pipe with data POLLIN, same fd POLLOUT, write end IN|OUT] -> 2, revents 1 0 4
  const at = pollfds(h, [[r, IN], [r, OUT], [w, IN | OUT]]);
  assert.equal(h.now((c, f) => h.fds.poll(c, at, 3, 0, f)), 2);
  assert.deepEqual(revents(h, at, 3), [1, 0, 4]);
  // native: fd -5 -> 0 with revents cleared; fd 999 -> POLLNVAL and counted
  const at2 = pollfds(h, [[-5, IN], [999, IN]]);
  assert.equal(h.now((c, f) => h.fds.poll(c, at2, 2, 0, f)), 1);
  assert.deepEqual(revents(h, at2, 2), [0, Linux.POLLNVAL]);
});

Deno.test("nfds limits and null arrays", () => {
  const h = new Harness();
  const many = pollfds(h, Array.from({ length: 1025 }, () => [-1, IN] as [number, number]));
  // native (RLIMIT_NOFILE 1024): nfds 1024 -> 0; 1025 -> EINVAL (also with NULL); NULL nfds 0 -> 0; NULL nfds 1 -> EFAULT
  assert.equal(h.now((c, f) => h.fds.poll(c, many, 1024, 0, f)), 0);
  assert.equal(h.now((c, f) => h.fds.poll(c, many, 1025, 0, f)), -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.poll(c, 0, 1025, 0, f)), -Errno.EINVAL);
  assert.equal(h.now((c, f) => h.fds.poll(c, 0, 0, 0, f)), 0);
  assert.equal(h.now((c, f) => h.fds.poll(c, 0, 1, 0, f)), -Errno.EFAULT);
});

Deno.test("timeouts run on virtual time", () => {
  const h = new Harness();
  // native: poll(NULL, 0, 50) -> 0 after ~50 ms
  const sleep = h.start(1, (c, f) => h.fds.poll(c, 0, 0, 50, f));
  assert.equal(h.sched.blockedReason(1), "poll(0 fds, timeout 50)");
  h.settle();
  assert.equal(sleep.result, 0);
  assert.equal(sleep.at, 50e6);
  const [r, w] = h.pipe();
  const at = pollfds(h, [[r, IN]]);
  const p = h.start(1, (c, f) => h.fds.poll(c, at, 1, 100, f));
  h.sched.advance(30e6);
  assert.equal(p.done, false);
  h.put(w, "x", 2);
  h.settle();
  assert.equal(p.result, 1);
  assert.equal(p.at, 80e6);
});

Deno.test("a blocked poll wakes on data and on hang-up", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  // native: [empty pipe, -1, 999] with timeout -1 -> 1 at once (POLLNVAL 0x20)
  const at0 = pollfds(h, [[r, IN], [-1, IN], [999, IN]]);
  assert.equal(h.now((c, f) => h.fds.poll(c, at0, 3, -1, f)), 1);
  assert.deepEqual(revents(h, at0, 3), [0, 0, 0x20]);
  // native: [empty pipe, -1] blocks; a write -> 1, revents 1 0
  const at = pollfds(h, [[r, IN], [-1, IN]]);
  const p = h.start(1, (c, f) => h.fds.poll(c, at, 2, -1, f));
  assert.equal(h.sched.blockedReason(1), "poll(2 fds, timeout -1)");
  h.put(w, "a", 2);
  h.settle();
  assert.equal(p.result, 1);
  assert.deepEqual(revents(h, at, 2), [1, 0]);
  h.get(r, 10);
  // native: blocked poll, the writer closes -> 1, revents 0x10
  const at2 = pollfds(h, [[r, IN]]);
  const p2 = h.start(1, (c, f) => h.fds.poll(c, at2, 1, -1, f));
  h.sync((c) => h.fds.close(c, w), 2);
  h.settle();
  assert.equal(p2.result, 1);
  assert.deepEqual(revents(h, at2, 1), [0x10]);
});

Deno.test("an fd closed under a blocked poll is reported POLLNVAL at the next wake-up", () => {
  const h = new Harness();
  // native: fd closed while a dup stays open -> poll stays blocked; a write through the pipe -> 1, POLLNVAL
  const [r, w] = h.pipe();
  const at = pollfds(h, [[r, IN]]);
  const p = h.start(1, (c, f) => h.fds.poll(c, at, 1, -1, f));
  const d = h.sync((c) => h.fds.dup(c, r), 2);
  h.sync((c) => h.fds.close(c, r), 2);
  h.settle();
  assert.equal(p.done, false);
  h.put(w, "a", 2);
  h.settle();
  assert.equal(p.result, 1);
  assert.deepEqual(revents(h, at, 1), [Linux.POLLNVAL]);
  h.sync((c) => h.fds.close(c, d));
  // native: the only fd closed -> still blocked (poll holds the description); writer closes -> POLLNVAL
  const [r2, w2] = h.pipe();
  const at2 = pollfds(h, [[r2, IN]]);
  const p2 = h.start(1, (c, f) => h.fds.poll(c, at2, 1, -1, f));
  h.sync((c) => h.fds.close(c, r2), 2);
  h.settle();
  assert.equal(p2.done, false);
  h.sync((c) => h.fds.close(c, w2), 2);
  h.settle();
  assert.equal(p2.result, 1);
  assert.deepEqual(revents(h, at2, 1), [Linux.POLLNVAL]);
});

Deno.test("a poll for POLLOUT on a full pipe completes once a whole page is freed", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  h.put(w, new Uint8Array(65536));
  // native: reading 100 bytes of a full pipe frees no slot (no POLLOUT); reading a whole page does
  const at = pollfds(h, [[w, OUT]]);
  const p = h.start(1, (c, f) => h.fds.poll(c, at, 1, -1, f));
  h.get(r, 100, 2);
  h.settle();
  assert.equal(p.done, false);
  h.get(r, 4096, 2);
  h.settle();
  assert.equal(p.result, 1);
});

Deno.test("ppoll timespec checks", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  h.put(w, "a");
  const at = pollfds(h, [[r, IN]]);
  const ts = (sec: bigint, nsec: bigint) => {
    const b = new DataView(new ArrayBuffer(16));
    b.setBigInt64(0, sec, true);
    b.setBigInt64(8, nsec, true);
    return h.bytes(new Uint8Array(b.buffer));
  };
  const ppoll = (tsAddr: number) => h.now((c, f) => h.fds.ppoll(c, at, 1, tsAddr, 0, f));
  // native: nsec 1e9 -> EINVAL; nsec -1 -> EINVAL; sec -1 -> EINVAL; {0,0} -> 1; NULL -> 1
  assert.equal(ppoll(ts(0n, 1_000_000_000n)), -Errno.EINVAL);
  assert.equal(ppoll(ts(0n, -1n)), -Errno.EINVAL);
  assert.equal(ppoll(ts(-1n, 0n)), -Errno.EINVAL);
  assert.equal(ppoll(ts(0n, 0n)), 1);
  assert.equal(ppoll(0), 1);
  h.get(r, 1);
  const p = h.start(1, (c, f) => h.fds.ppoll(c, at, 1, ts(0n, 50_000_000n), 0, f));
  h.settle();
  assert.equal(p.result, 0);
  assert.equal(p.at, 50e6);
});

Deno.test("poll on sockets and eventfds", () => {
  const h = new Harness();
  const [a, b] = h.socketpair();
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  const at = pollfds(h, [[b, IN], [e, IN]]);
  const p = h.start(1, (c, f) => h.fds.poll(c, at, 2, -1, f));
  h.put(a, "x", 2);
  h.settle();
  assert.equal(p.result, 1);
  assert.deepEqual(revents(h, at, 2), [IN, 0]);
});
