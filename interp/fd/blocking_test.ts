/**
 * Blocking transfers completed later by other threads. Expected outcomes come from native runs on
 * Linux 6.18 with pthreads (the check is named in each comment).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

Deno.test("a blocked read completes when another thread writes", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  const buf = h.buf(100);
  const read = h.start(1, (c, f) => h.fds.read(c, r, buf, 100, f));
  assert.equal(read.done, false);
  assert.equal(h.sched.blockedReason(1), `read(fd ${r}: pipe read end, 100 bytes)`);
  h.start(2, (c, f) => h.fds.write(c, w, h.bytes("hello"), 5, f));
  h.settle();
  assert.equal(read.result, 5);
  assert.equal(h.text(buf, 5), "hello");
});

Deno.test("a read blocked on an fd that another thread closes still gets the data", () => {
  // native: thread blocked in read(p[0]); main closes p[0] (returns 0), writes 5 -> the read returns 5
  const h = new Harness();
  const [r, w] = h.pipe();
  const read = h.start(1, (c, f) => h.fds.read(c, r, h.buf(100), 100, f));
  assert.equal(h.sync((c) => h.fds.close(c, r), 2), 0);
  assert.equal(h.fds.describe(r), undefined);
  h.start(2, (c, f) => h.fds.write(c, w, h.bytes("hello"), 5, f));
  h.settle();
  assert.equal(read.result, 5);
  // native: same, but then the write end is closed -> the blocked read returns 0 (EOF)
  const [r2, w2] = h.pipe();
  const read2 = h.start(1, (c, f) => h.fds.read(c, r2, h.buf(100), 100, f));
  h.sync((c) => h.fds.close(c, r2), 2);
  h.sync((c) => h.fds.close(c, w2), 2);
  h.settle();
  assert.equal(read2.result, 0);
});

Deno.test("a read blocked on an fd that another thread dup2s over reads the original pipe", () => {
  // native: dup2(other pipe's read end, blocked fd) returns the fd; a write to the ORIGINAL pipe completes the read (5)
  const h = new Harness();
  const [r, w] = h.pipe();
  const [r2] = h.pipe();
  const read = h.start(1, (c, f) => h.fds.read(c, r, h.buf(100), 100, f));
  assert.equal(h.sync((c) => h.fds.dup2(c, r2, r), 2), r);
  h.start(2, (c, f) => h.fds.write(c, w, h.bytes("world"), 5, f));
  h.settle();
  assert.equal(read.result, 5);
});

Deno.test("a blocking write larger than the pipe waits for readers and completes", () => {
  // native: write(70000) blocks with 65536 in the pipe; read 100 (no page freed) -> still 65436 held;
  // read 4000 frees a page -> the writer adds 4096 (FIONREAD 65532); read 65536 -> 65532; FIONREAD 368; result 70000
  const h = new Harness();
  const [r, w] = h.pipe();
  const write = h.start(2, (c, f) => h.fds.write(c, w, h.bytes(new Uint8Array(70000)), 70000, f));
  assert.equal(write.done, false);
  assert.equal(h.sched.blockedReason(2), `write(fd ${w}: pipe write end, 70000 bytes)`);
  assert.equal(h.fionread(r), 65536);
  h.get(r, 100);
  h.settle();
  assert.equal(h.fionread(r), 65436);
  h.get(r, 4000);
  h.settle();
  assert.equal(h.fionread(r), 65532);
  assert.equal(h.get(r, 65536)[0], 65532);
  h.settle();
  assert.equal(h.fionread(r), 368);
  assert.equal(write.result, 70000);
});

Deno.test("a blocked writer gets its partial count, or EPIPE, when the last reader leaves", () => {
  // native: write(70000) blocked after 65536 bytes; reader closes -> 65536
  const h = new Harness();
  const [r, w] = h.pipe();
  const write = h.start(2, (c, f) => h.fds.write(c, w, h.bytes(new Uint8Array(70000)), 70000, f));
  h.sync((c) => h.fds.close(c, r));
  h.settle();
  assert.equal(write.result, 65536);
  // native: pipe already full, blocking write(70000) and write(1) -> reader closes -> EPIPE
  for (const len of [70000, 1]) {
    const [r2, w2] = h.pipe();
    h.put(w2, new Uint8Array(65536));
    const blocked = h.start(2, (c, f) => h.fds.write(c, w2, h.bytes(new Uint8Array(len)), len, f));
    assert.equal(blocked.done, false);
    h.sync((c) => h.fds.close(c, r2));
    h.settle();
    assert.equal(blocked.result, -Errno.EPIPE);
  }
});

Deno.test("a blocking write of <= PIPE_BUF waits for a whole free page", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  h.put(w, new Uint8Array(65536));
  const write = h.start(2, (c, f) => h.fds.write(c, w, h.bytes(new Uint8Array(4096)), 4096, f));
  h.get(r, 4000);
  h.settle();
  assert.equal(write.done, false);
  h.get(r, 96);
  h.settle();
  assert.equal(write.result, 4096);
  assert.equal(h.fionread(r), 65536);
});

Deno.test("two blocked readers: the first gets the data, the second waits for EOF", () => {
  // native: two threads blocked reading; write 10 -> first 10, second still blocked; writer closes -> second 0
  const h = new Harness();
  const [r, w] = h.pipe();
  const first = h.start(1, (c, f) => h.fds.read(c, r, h.buf(100), 100, f));
  const second = h.start(2, (c, f) => h.fds.read(c, r, h.buf(100), 100, f));
  h.start(3, (c, f) => h.fds.write(c, w, h.bytes("0123456789"), 10, f));
  h.settle();
  assert.equal(first.result, 10);
  assert.equal(second.done, false);
  h.sync((c) => h.fds.close(c, w), 3);
  h.settle();
  assert.equal(second.result, 0);
});

Deno.test("a blocked read waits while a dup of the write end stays open", () => {
  // native: close(p[1]) with a dup of it open -> the reader stays blocked; closing the dup -> 0
  const h = new Harness();
  const [r, w] = h.pipe();
  const w2 = h.sync((c) => h.fds.dup(c, w));
  const read = h.start(1, (c, f) => h.fds.read(c, r, h.buf(10), 10, f));
  h.sync((c) => h.fds.close(c, w), 2);
  h.settle();
  assert.equal(read.done, false);
  h.sync((c) => h.fds.close(c, w2), 2);
  h.settle();
  assert.equal(read.result, 0);
});

Deno.test("blocked read with a null buffer blocks first, then fails with EFAULT keeping the data", () => {
  // native: blocking read(NULL, 5) on an empty pipe returned EFAULT after the writer wrote 100 ms later; FIONREAD 5
  const h = new Harness();
  const [r, w] = h.pipe();
  const read = h.start(1, (c, f) => h.fds.read(c, r, 0, 5, f));
  assert.equal(read.done, false);
  h.put(w, "hello", 2);
  h.settle();
  assert.equal(read.result, -Errno.EFAULT);
  assert.equal(h.fionread(r), 5);
});

Deno.test("deadlock: a read nobody can satisfy is reported with its reason", () => {
  const h = new Harness();
  const [r] = h.pipe();
  h.start(1, (c, f) => h.fds.read(c, r, h.buf(5), 5, f));
  h.settle();
  assert.equal(h.sched.deadlocked, true);
  assert.equal(h.sched.blockedReason(1), `read(fd ${r}: pipe read end, 5 bytes)`);
  assert.equal(h.fds.describe(r), "pipe read end");
});

Deno.test("short I/O: reads may return fewer bytes; writes above PIPE_BUF may be cut, never below", () => {
  const h = new Harness();
  h.sched.shortIo = (n) => Math.ceil(n / 2);
  const [r, w] = h.pipe(Linux.O_NONBLOCK);
  assert.equal(h.put(w, "abcdef"), 6);
  assert.deepEqual(h.get(r, 6), [3, "abc"]);
  assert.equal(h.put(w, new Uint8Array(10000)), 5000);
  assert.equal(h.put(w, new Uint8Array(4096)), 4096);
});
