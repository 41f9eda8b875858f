/**
 * fds 0, 1, 2 behave like the pipe ends the recorder gives programs natively (stdin: a pipe whose
 * writer wrote the input and closed; stdout/stderr: pipes drained at once).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { Harness } from "./testing.ts";

Deno.test("stdin yields its bytes, then EOF", () => {
  const h = new Harness("hello\n");
  assert.deepEqual(h.get(0, 3), [3, "hel"]);
  assert.equal(h.fionread(0), 3);
  assert.deepEqual(h.get(0, 100), [3, "lo\n"]);
  assert.deepEqual(h.get(0, 100), [0, ""]);
  // EBADF for writing the read end, like a pipe
  assert.equal(h.put(0, "x"), -Errno.EBADF);
});

Deno.test("stdin poll bits are those of a pipe whose writer is gone", () => {
  // native (pipes): data and no writers -> POLLIN|POLLHUP (0x11); drained -> POLLHUP (0x10)
  const h = new Harness("ab");
  assert.equal(h.revents(0, Linux.POLLIN), 0x11);
  h.get(0, 2);
  assert.equal(h.revents(0, Linux.POLLIN), 0x10);
});

Deno.test("stdout and stderr append to their sinks and never block", () => {
  const h = new Harness();
  assert.equal(h.put(1, "out"), 3);
  assert.equal(h.put(2, "err"), 3);
  assert.equal(h.put(1, new Uint8Array(200000)), 200000);
  assert.equal(new TextDecoder().decode(new Uint8Array(h.stdout.slice(0, 3))), "out");
  assert.equal(h.stdout.length, 200003);
  assert.deepEqual(h.stderr, [...new TextEncoder().encode("err")]);
  // a pipe write end: POLLOUT (0x4), EBADF for reading, F_GETFL O_WRONLY
  assert.equal(h.revents(1, Linux.POLLIN | Linux.POLLOUT), Linux.POLLOUT);
  assert.equal(h.get(1, 1)[0], -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 2, Linux.F_GETFL, 0)), Linux.O_WRONLY);
  assert.equal(h.fds.describe(1), "stdout (pipe write end)");
});

Deno.test("stdout write with a null buffer", () => {
  const h = new Harness();
  assert.equal(h.now((c, f) => h.fds.write(c, 1, 0, 5, f)), -Errno.EFAULT);
  assert.equal(h.now((c, f) => h.fds.write(c, 1, 0, 0, f)), 0);
  assert.equal(h.stdout.length, 0);
});

Deno.test("stdio pipes answer F_GETPIPE_SZ / F_SETPIPE_SZ with pipe rules", () => {
  const h = new Harness();
  assert.equal(h.sync((c) => h.fds.fcntl(c, 0, Linux.F_GETPIPE_SZ, 0)), 65536);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 1, Linux.F_SETPIPE_SZ, 5000)), 8192);
  assert.equal(h.sync((c) => h.fds.fcntl(c, 1, Linux.F_SETPIPE_SZ, 1 << 21)), -Errno.EPERM);
});

Deno.test("closing and reusing fd 1", () => {
  const h = new Harness();
  const [, w] = h.pipe();
  h.sync((c) => h.fds.close(c, 1));
  assert.equal(h.sync((c) => h.fds.dup(c, w)), 1);
  assert.equal(h.fds.describe(1), "pipe write end");
});
