/**
 * AF_UNIX stream socketpairs. Expected values from native runs on Linux 6.18 (SO_SNDBUF 212992;
 * SIOCOUTQ used to measure the per-skb charge; named in each comment).
 */

import assert from "node:assert/strict";
import { Errno, Linux } from "./api.ts";
import { skbTruesize } from "./socket.ts";
import { Harness } from "./testing.ts";

const NB = Linux.SOCK_NONBLOCK;
const ALL = Linux.POLLIN | Linux.POLLPRI | Linux.POLLOUT | Linux.POLLRDNORM | Linux.POLLRDBAND | Linux.POLLWRNORM |
  Linux.POLLWRBAND | Linux.POLLRDHUP;

Deno.test("skb truesize matches SIOCOUTQ after one write", () => {
  // native: SIOCOUTQ after one write of n bytes
  const measured: [number, number][] = [
    [1, 768],
    [100, 768],
    [192, 768],
    [193, 1280],
    [500, 1280],
    [1000, 2304],
    [
      2000,
      4352,
    ],
    [3776, 4352],
    [3777, 4864],
    [4096, 4864],
    [5000, 6400],
    [8192, 8960],
    [10000, 12544],
    [16384, 17152],
    [
      32768,
      33536,
    ],
    [36544, 37120],
  ];
  for (const [n, size] of measured) assert.equal(skbTruesize(n), size, `truesize(${n})`);
});

Deno.test("a non-blocking writer fills a default socketpair like Linux", () => {
  // native: chunk -> total bytes before EAGAIN (last write partial where noted)
  const measured: [number, number][] = [
    [1, 278],
    [10, 2780],
    [100, 27800],
    [500, 83500],
    [1000, 93000],
    [
      4096,
      180224,
    ],
    [5000, 170000],
    [8192, 196608],
    [16384, 212992],
    [32768, 229376],
    [65536, 233152],
    [100000, 236544],
    [
      1 << 20,
      219264,
    ],
  ];
  for (const [chunk, total] of measured) {
    const h = new Harness();
    const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
    assert.equal(h.fill(a, chunk), total, `chunk ${chunk}`);
    assert.equal(h.fionread(b), total);
    assert.equal(h.revents(a, Linux.POLLOUT), 0);
  }
});

Deno.test("writability returns once the charge is at most a quarter of SO_SNDBUF", () => {
  // native: "abc" then 1000-byte writes: POLLOUT lost after 23 writes; reading 1000 bytes frees
  // two skbs (abc and one 1000-byte skb) and POLLOUT is back
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(a, "abc");
  let n = 0;
  while (h.revents(a, Linux.POLLOUT)) {
    h.put(a, new Uint8Array(1000));
    n++;
  }
  assert.equal(n, 23);
  h.get(b, 1000);
  assert.equal(h.revents(a, Linux.POLLOUT), Linux.POLLOUT);
});

Deno.test("poll bits of a fresh pair and with data", () => {
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  // native: fresh 0x304; with 3 bytes to read 0x345
  assert.equal(h.revents(a, ALL), 0x304);
  h.put(a, "abc");
  assert.equal(h.revents(b, ALL), 0x345);
});

Deno.test("shutdown(SHUT_RD)", () => {
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(a, "xy");
  h.put(b, "zw");
  assert.equal(h.sync((c) => h.fds.shutdown(c, a, Linux.SHUT_RD)), 0);
  // native: A 0x2345, B 0x345; A reads 2 then 0; B reads 2 then EAGAIN; A writes 1; B write -> EPIPE (even 0 bytes)
  assert.equal(h.revents(a, ALL), 0x2345);
  assert.equal(h.revents(b, ALL), 0x345);
  assert.equal(h.revents(a, 0), 0);
  assert.deepEqual(h.get(a, 10), [2, "zw"]);
  assert.equal(h.get(a, 10)[0], 0);
  assert.equal(h.get(b, 10)[0], 2);
  assert.equal(h.get(b, 10)[0], -Errno.EAGAIN);
  assert.equal(h.put(a, "q"), 1);
  assert.equal(h.put(b, "q"), -Errno.EPIPE);
  assert.equal(h.put(b, ""), -Errno.EPIPE);
  assert.equal(h.put(a, ""), 0);
  assert.equal(h.sync((c) => h.fds.shutdown(c, a, Linux.SHUT_RD)), 0);
});

Deno.test("shutdown(SHUT_WR)", () => {
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(a, "xy");
  h.put(b, "zw");
  h.sync((c) => h.fds.shutdown(c, a, Linux.SHUT_WR));
  // native: A 0x345, B 0x2345; A reads 2 then EAGAIN; B reads 2 then 0; A write (even 0 bytes, also send) -> EPIPE
  assert.equal(h.revents(a, ALL), 0x345);
  assert.equal(h.revents(b, ALL), 0x2345);
  assert.equal(h.get(a, 10)[0], 2);
  assert.equal(h.get(a, 10)[0], -Errno.EAGAIN);
  assert.equal(h.get(b, 10)[0], 2);
  assert.equal(h.get(b, 10)[0], 0);
  assert.equal(h.put(a, "q"), -Errno.EPIPE);
  assert.equal(h.put(a, ""), -Errno.EPIPE);
  assert.equal(h.now((c, f) => h.fds.send(c, a, h.buf(1), 0, 0, f)), -Errno.EPIPE);
  assert.equal(h.put(b, "q"), 1);
});

Deno.test("shutdown(SHUT_RDWR) and close of the peer", () => {
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(a, "xy");
  h.put(b, "zw");
  h.sync((c) => h.fds.shutdown(c, a, Linux.SHUT_RDWR));
  // native: both 0x2355, revents(0) 0x10; both read 2 then 0; both writes EPIPE
  assert.equal(h.revents(a, ALL), 0x2355);
  assert.equal(h.revents(b, ALL), 0x2355);
  assert.equal(h.revents(a, 0), Linux.POLLHUP);
  for (const fd of [a, b]) {
    assert.equal(h.get(fd, 10)[0], 2);
    assert.equal(h.get(fd, 10)[0], 0);
    assert.equal(h.put(fd, "q"), -Errno.EPIPE);
  }
  const [c1, c2] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(c1, "xy");
  h.sync((c) => h.fds.close(c, c1));
  // native: A closed with 2 bytes pending to B: B 0x2355; reads 2 then 0; write EPIPE; shutdown still 0
  assert.equal(h.revents(c2, ALL), 0x2355);
  assert.equal(h.get(c2, 10)[0], 2);
  assert.equal(h.get(c2, 10)[0], 0);
  assert.equal(h.put(c2, "q"), -Errno.EPIPE);
  assert.equal(h.sync((c) => h.fds.shutdown(c, c2, Linux.SHUT_WR)), 0);
});

Deno.test("closing with unread data gives the peer ECONNRESET once, after its pending data", () => {
  const h = new Harness();
  const [a, b] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(b, "xy");
  h.put(a, "abc");
  h.sync((c) => h.fds.close(c, a));
  // native: B POLLERR|POLLHUP (0x18); reads 3, then ECONNRESET, then 0; afterwards 0x10
  assert.equal(h.revents(b, 0), 0x18);
  assert.equal(h.get(b, 10)[0], 3);
  assert.equal(h.get(b, 10)[0], -Errno.ECONNRESET);
  assert.equal(h.get(b, 10)[0], 0);
  assert.equal(h.revents(b, 0), 0x10);
  const [c1, c2] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(c2, "xy");
  h.sync((c) => h.fds.close(c, c1));
  // native: a write first gives EPIPE and leaves the error (0x18); a read then gives ECONNRESET (0x10 after)
  assert.equal(h.put(c2, "q"), -Errno.EPIPE);
  assert.equal(h.revents(c2, 0), 0x18);
  assert.equal(h.get(c2, 10)[0], -Errno.ECONNRESET);
  assert.equal(h.revents(c2, 0), 0x10);
  // native: recv(buf, 0, 0) with the error pending -> ECONNRESET
  const [d1, d2] = h.socketpair(Linux.SOCK_STREAM | NB);
  h.put(d2, "zz");
  h.sync((c) => h.fds.close(c, d1));
  assert.equal(h.now((c, f) => h.fds.recv(c, d2, h.buf(1), 0, 0, f)), -Errno.ECONNRESET);
});

Deno.test("recv and send flags; zero-length reads", () => {
  const h = new Harness();
  const [a, b] = h.socketpair();
  const buf = h.buf(16);
  const recv = (len: number, flags: number, at = buf) => h.now((c, f) => h.fds.recv(c, b, at, len, flags, f));
  // native: send MSG_DONTWAIT -> 3; MSG_PEEK 10 -> 3; MSG_PEEK|DONTWAIT 2 -> 2; recv 10 -> 3
  assert.equal(h.now((c, f) => h.fds.send(c, a, h.bytes("abc"), 3, Linux.MSG_DONTWAIT, f)), 3);
  assert.equal(recv(10, Linux.MSG_PEEK), 3);
  assert.equal(recv(2, Linux.MSG_PEEK | Linux.MSG_DONTWAIT), 2);
  assert.equal(recv(10, 0), 3);
  assert.equal(h.text(buf, 3), "abc");
  // native: recv MSG_DONTWAIT on an empty blocking socket -> EAGAIN; MSG_WAITALL|DONTWAIT -> EAGAIN
  assert.equal(recv(10, Linux.MSG_DONTWAIT), -Errno.EAGAIN);
  assert.equal(recv(10, Linux.MSG_WAITALL | Linux.MSG_DONTWAIT), -Errno.EAGAIN);
  // native: send with MSG_NOSIGNAL, MSG_MORE (0x8000), MSG_EOR (0x80), MSG_CONFIRM (0x800) -> accepted
  for (const flag of [Linux.MSG_NOSIGNAL, 0x8000, 0x80, 0x800]) {
    assert.equal(h.now((c, f) => h.fds.send(c, a, h.bytes("d"), 1, flag, f)), 1);
  }
  // native: recv/read/send/write with NULL and length 5 -> EFAULT, queued data kept
  assert.equal(recv(5, 0, 0), -Errno.EFAULT);
  assert.equal(h.now((c, f) => h.fds.read(c, b, 0, 5, f)), -Errno.EFAULT);
  assert.equal(h.now((c, f) => h.fds.send(c, a, 0, 5, 0, f)), -Errno.EFAULT);
  assert.equal(h.fionread(b), 4);
  // native: recv(len 0) with data -> 0; read(len 0) on an empty non-blocking socket -> 0 but recv(len 0) -> EAGAIN
  assert.equal(recv(0, 0), 0);
  const [, e2] = h.socketpair(Linux.SOCK_STREAM | NB);
  assert.equal(h.now((c, f) => h.fds.read(c, e2, buf, 0, f)), 0);
  assert.equal(h.now((c, f) => h.fds.recv(c, e2, buf, 0, 0, f)), -Errno.EAGAIN);
});

Deno.test("a blocking recv with length 0 waits for data", () => {
  // native: recv(buf, 0, 0) on an empty blocking socket blocks; returns 0 after the peer writes, data kept
  const h = new Harness();
  const [a, b] = h.socketpair();
  const recv = h.start(1, (c, f) => h.fds.recv(c, b, h.buf(1), 0, 0, f));
  assert.equal(recv.done, false);
  h.put(a, "x", 2);
  h.settle();
  assert.equal(recv.result, 0);
  assert.equal(h.fionread(b), 1);
});

Deno.test("MSG_WAITALL waits for the full length or EOF", () => {
  // native: recv(10, MSG_WAITALL) after 3 bytes still blocks; 10 more -> 10 (3 left); peer close after 3 -> 3
  const h = new Harness();
  const [a, b] = h.socketpair();
  const recv = h.start(1, (c, f) => h.fds.recv(c, b, h.buf(10), 10, Linux.MSG_WAITALL, f));
  h.put(a, "abc", 2);
  h.settle();
  assert.equal(recv.done, false);
  h.put(a, "defghijklm", 2);
  h.settle();
  assert.equal(recv.result, 10);
  assert.equal(h.fionread(b), 3);
  const [c1, c2] = h.socketpair();
  const recv2 = h.start(1, (c, f) => h.fds.recv(c, c2, h.buf(10), 10, Linux.MSG_WAITALL, f));
  h.put(c1, "abc", 2);
  h.sync((c) => h.fds.close(c, c1), 2);
  h.settle();
  assert.equal(recv2.result, 3);
});

Deno.test("blocking sends: complete when drained, partial or error when the peer goes", () => {
  // native: blocking write(300000) blocks after 219264; the reader drains -> 300000
  const h = new Harness();
  const [a, b] = h.socketpair();
  const big = h.bytes(new Uint8Array(300000));
  const w1 = h.start(2, (c, f) => h.fds.write(c, a, big, 300000, f));
  assert.equal(h.fionread(b), 219264);
  let got = 0;
  while (got < 300000) {
    got += h.get(b, 1 << 20)[0];
    h.settle();
  }
  assert.equal(w1.result, 300000);
  // native: peer closes (with our data unread) -> 219264, and the ECONNRESET is consumed (revents 0x15, read 0)
  const [c1, c2] = h.socketpair();
  const w2 = h.start(2, (c, f) => h.fds.write(c, c1, big, 300000, f));
  h.sync((c) => h.fds.close(c, c2));
  h.settle();
  assert.equal(w2.result, 219264);
  assert.equal(h.revents(c1, Linux.POLLIN | Linux.POLLOUT), 0x15);
  assert.equal(h.get(c1, 10)[0], 0);
  // native: peer SHUT_RD -> 219264; the writer's own SHUT_WR -> 219264
  for (const [who, how] of [["peer", Linux.SHUT_RD], ["self", Linux.SHUT_WR]] as const) {
    const [d1, d2] = h.socketpair();
    const w = h.start(2, (c, f) => h.fds.write(c, d1, big, 300000, f));
    h.sync((c) => h.fds.shutdown(c, who === "peer" ? d2 : d1, how));
    h.settle();
    assert.equal(w.result, 219264, who);
  }
  // native: blocked with nothing sent: peer closes with unread data -> ECONNRESET; peer SHUT_RD -> EPIPE
  for (const [end, expected] of [["close", -Errno.ECONNRESET], ["shut_rd", -Errno.EPIPE]] as const) {
    const [e1, e2] = h.socketpair(Linux.SOCK_STREAM | NB);
    h.fill(e1, 100000);
    h.sync((c) => h.fds.fcntl(c, e1, Linux.F_SETFL, 0));
    const w = h.start(2, (c, f) => h.fds.write(c, e1, h.bytes("0123456789"), 10, f));
    assert.equal(w.done, false);
    if (end === "close") h.sync((c) => h.fds.close(c, e2));
    else h.sync((c) => h.fds.shutdown(c, e2, Linux.SHUT_RD));
    h.settle();
    assert.equal(w.result, expected, end);
  }
});

Deno.test("blocked reads end on the peer's SHUT_WR or the reader's own SHUT_RD", () => {
  // native: blocked read; peer SHUT_WR -> 0; own SHUT_RD -> 0
  const h = new Harness();
  for (const own of [false, true]) {
    const [a, b] = h.socketpair();
    const read = h.start(1, (c, f) => h.fds.read(c, b, h.buf(10), 10, f));
    h.sync((c) => h.fds.shutdown(c, own ? b : a, own ? Linux.SHUT_RD : Linux.SHUT_WR), 2);
    h.settle();
    assert.equal(read.result, 0);
  }
});

Deno.test("socketpair argument errors", () => {
  const h = new Harness();
  const sv = h.buf(8);
  const sp = (d: number, t: number, p: number, at = sv) => h.sync((c) => h.fds.socketpair(c, d, t, p, at));
  // native: AF_INET/AF_INET6 STREAM or DGRAM -> EOPNOTSUPP; 12345, 46, -1, 0, 3 -> EAFNOSUPPORT
  assert.equal(sp(2, 1, 0), -Errno.EOPNOTSUPP);
  assert.equal(sp(10, 2, 0), -Errno.EOPNOTSUPP);
  for (const d of [12345, 46, -1, 0, 3]) assert.equal(sp(d, 1, 0), -Errno.EAFNOSUPPORT);
  // native: AF_UNIX protocol 1 -> ok; protocol -1 -> EPROTONOSUPPORT; type 0, SOCK_RDM (4), 6, 10 -> ESOCKTNOSUPPORT;
  // type 11 -> EINVAL; family 99 with type 11 -> EAFNOSUPPORT; STREAM|0x100, STREAM|O_APPEND -> EINVAL
  assert.equal(sp(1, 1, 1), 0);
  assert.equal(sp(1, 1, -1), -Errno.EPROTONOSUPPORT);
  for (const t of [0, 4, 6, 10]) assert.equal(sp(1, t, 0), -Errno.ESOCKTNOSUPPORT, `type ${t}`);
  assert.equal(sp(1, 11, 0), -Errno.EINVAL);
  assert.equal(sp(99, 11, 0), -Errno.EAFNOSUPPORT);
  assert.equal(sp(1, 1 | 0x100, 0), -Errno.EINVAL);
  assert.equal(sp(1, 1 | Linux.O_APPEND, 0), -Errno.EINVAL);
  // native: a NULL vector -> EFAULT even for a bad family or type (fds are stored before the socket is made)
  assert.equal(sp(1, 1, 0, 0), -Errno.EFAULT);
  assert.equal(sp(99, 1, 0, 0), -Errno.EFAULT);
  assert.equal(sp(1, 0, 0, 0), -Errno.EFAULT);
  // native: SOCK_NONBLOCK|SOCK_CLOEXEC -> F_GETFD 1, F_GETFL 0x802
  assert.equal(sp(1, 1 | NB | Linux.SOCK_CLOEXEC, 0), 0);
  const fd = h.int(sv);
  assert.equal(h.sync((c) => h.fds.fcntl(c, fd, Linux.F_GETFD, 0)), 1);
  assert.equal(h.sync((c) => h.fds.fcntl(c, fd, Linux.F_GETFL, 0)), 0x802);
});

Deno.test("message socketpairs are reported as unsupported", () => {
  const h = new Harness();
  assert.throws(() => h.sync((c) => h.fds.socketpair(c, 1, Linux.SOCK_SEQPACKET, 0, h.buf(8))), /SOCK_SEQPACKET/);
  assert.throws(() => h.sync((c) => h.fds.socketpair(c, 1, Linux.SOCK_DGRAM, 0, h.buf(8))), /SOCK_DGRAM/);
});

Deno.test("socket calls on non-sockets and bad shutdown arguments", () => {
  const h = new Harness();
  const [r, w] = h.pipe();
  const [a] = h.socketpair();
  // native: shutdown/recv/send on a pipe -> ENOTSOCK (even with how 3); bad fd -> EBADF; how 3 or -1 -> EINVAL
  assert.equal(h.sync((c) => h.fds.shutdown(c, r, 0)), -Errno.ENOTSOCK);
  assert.equal(h.sync((c) => h.fds.shutdown(c, r, 3)), -Errno.ENOTSOCK);
  assert.equal(h.now((c, f) => h.fds.recv(c, r, h.buf(1), 1, 0, f)), -Errno.ENOTSOCK);
  assert.equal(h.now((c, f) => h.fds.send(c, w, h.buf(1), 1, 0, f)), -Errno.ENOTSOCK);
  assert.equal(h.now((c, f) => h.fds.recv(c, 999, h.buf(1), 1, 0, f)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.shutdown(c, 999, 0)), -Errno.EBADF);
  assert.equal(h.sync((c) => h.fds.shutdown(c, a, 3)), -Errno.EINVAL);
  assert.equal(h.sync((c) => h.fds.shutdown(c, a, -1)), -Errno.EINVAL);
  // native: shutdown on eventfd / epoll -> ENOTSOCK
  const e = h.sync((c) => h.fds.eventfd(c, 0, 0));
  assert.equal(h.sync((c) => h.fds.shutdown(c, e, 0)), -Errno.ENOTSOCK);
});
