/**
 * `FdLayer`: the fd syscalls the interpreter calls. Arguments are plain numbers (pointers are
 * addresses); results are `>= 0` or a negated Linux errno, exactly like the raw kernel ABI.
 * Transfers and waits complete through `finish` (at once or after blocking); the others return
 * their result. Argument checks follow Linux's order (verified natively, see README.md).
 */

import { Errno, type Finish, type IoCtx, Linux } from "./api.ts";
import type { Description, IoRequest } from "./desc.ts";
import { decodeEpollEvent, encodeEpollEvent, Epoll, EPOLL_EVENT_SIZE, EpollEvent } from "./epoll.ts";
import { EventFd, EVENTFD_FLAGS } from "./eventfd.ts";
import { getInt, putIntPair } from "./memory_words.ts";
import { createPipe, isPipeSized } from "./pipe.ts";
import { doPoll, type Timing } from "./poll.ts";
import { DescHandle } from "./ref.ts";
import { createStreamPair, type SocketIoRequest, socketpairOutcome, UnixStreamSocket } from "./socket.ts";
import { StdinDescription, StdoutDescription } from "./stdio.ts";
import { FdTable } from "./table.ts";
import { accessOk, readIovecs, type Segment, UserBuffer } from "./uio.ts";

/** What the layer needs from the outside: the input bytes and the output sinks. */
export interface FdLayerOptions {
  stdin: Uint8Array;
  stdout: (bytes: Uint8Array) => void;
  stderr: (bytes: Uint8Array) => void;
}

/** Status flags F_SETFL may change (Linux SETFL_MASK). */
const SETFL_MASK = Linux.O_APPEND | Linux.O_NONBLOCK | Linux.O_DIRECT | Linux.O_NOATIME | Linux.O_ASYNC;
/** Type bits of socket()'s `type` argument; the rest are SOCK_NONBLOCK/SOCK_CLOEXEC. */
const SOCK_TYPE_MASK = 0xf;
const PIPE2_FLAGS = Linux.O_CLOEXEC | Linux.O_NONBLOCK | Linux.O_DIRECT | Linux.O_NOTIFICATION_PIPE;

/** The emulated fd layer of one process. */
export class FdLayer {
  /** The fd table (exposed for traces and tests). */
  readonly table = new FdTable();

  constructor(opts: FdLayerOptions) {
    this.table.install(new DescHandle(new StdinDescription(opts.stdin)), false);
    this.table.install(new DescHandle(new StdoutDescription("stdout (pipe write end)", opts.stdout)), false);
    this.table.install(new DescHandle(new StdoutDescription("stderr (pipe write end)", opts.stderr)), false);
  }

  /** What `fd` refers to, for traces and deadlock reports ("pipe read end"), or undefined if closed. */
  describe(fd: number): string | undefined {
    return this.table.get(fd)?.ref.desc.kind;
  }

  /** read(2). */
  read(ctx: IoCtx, fd: number, buf: number, len: number, finish: Finish): void {
    const desc = this.readable(fd);
    if (typeof desc === "number") return finish(ctx, desc);
    if (!accessOk(buf, len)) return finish(ctx, -Errno.EFAULT);
    const segs = [{ addr: buf, len: Math.min(len, Linux.MAX_RW_COUNT) }];
    this.transfer(ctx, fd, "in", segs, undefined, `read(fd ${fd}: ${desc.kind}, ${len} bytes)`, finish);
  }

  /** write(2). */
  write(ctx: IoCtx, fd: number, buf: number, len: number, finish: Finish): void {
    const desc = this.writable(fd);
    if (typeof desc === "number") return finish(ctx, desc);
    if (!accessOk(buf, len)) return finish(ctx, -Errno.EFAULT);
    const segs = [{ addr: buf, len: Math.min(len, Linux.MAX_RW_COUNT) }];
    this.transfer(ctx, fd, "out", segs, undefined, `write(fd ${fd}: ${desc.kind}, ${len} bytes)`, finish);
  }

  /** readv(2): `iovcnt` iovecs of 16 bytes at `iovAddr`. */
  readv(ctx: IoCtx, fd: number, iovAddr: number, iovcnt: number, finish: Finish): void {
    const desc = this.readable(fd);
    if (typeof desc === "number") return finish(ctx, desc);
    const segs = readIovecs(ctx.mem, iovAddr, iovcnt);
    if (typeof segs === "number") return finish(ctx, segs);
    const total = segs.reduce((n, s) => n + s.len, 0);
    const reason = `readv(fd ${fd}: ${desc.kind}, ${iovcnt} iovecs, ${total} bytes)`;
    this.vectored(ctx, fd, desc, "in", segs, reason, finish);
  }

  /** writev(2): `iovcnt` iovecs of 16 bytes at `iovAddr`. */
  writev(ctx: IoCtx, fd: number, iovAddr: number, iovcnt: number, finish: Finish): void {
    const desc = this.writable(fd);
    if (typeof desc === "number") return finish(ctx, desc);
    const segs = readIovecs(ctx.mem, iovAddr, iovcnt);
    if (typeof segs === "number") return finish(ctx, segs);
    const total = segs.reduce((n, s) => n + s.len, 0);
    const reason = `writev(fd ${fd}: ${desc.kind}, ${iovcnt} iovecs, ${total} bytes)`;
    this.vectored(ctx, fd, desc, "out", segs, reason, finish);
  }

  /** recv(2) (recvfrom without an address): MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL. */
  recv(ctx: IoCtx, fd: number, buf: number, len: number, flags: number, finish: Finish): void {
    const sock = this.socket(fd);
    if (typeof sock === "number") return finish(ctx, sock);
    if (!accessOk(buf, len)) return finish(ctx, -Errno.EFAULT);
    const segs = [{ addr: buf, len: Math.min(len, Linux.MAX_RW_COUNT) }];
    this.transfer(ctx, fd, "in", segs, { flags }, `recv(fd ${fd}: ${sock.kind}, ${len} bytes)`, finish);
  }

  /** send(2) (sendto without an address): MSG_DONTWAIT, MSG_NOSIGNAL; other flags are ignored as on Linux. */
  send(ctx: IoCtx, fd: number, buf: number, len: number, flags: number, finish: Finish): void {
    const sock = this.socket(fd);
    if (typeof sock === "number") return finish(ctx, sock);
    if (!accessOk(buf, len)) return finish(ctx, -Errno.EFAULT);
    const segs = [{ addr: buf, len: Math.min(len, Linux.MAX_RW_COUNT) }];
    this.transfer(ctx, fd, "out", segs, { flags }, `send(fd ${fd}: ${sock.kind}, ${len} bytes)`, finish);
  }

  /** poll(2); `timeoutMs` < 0 waits forever, 0 never blocks; virtual time. */
  poll(ctx: IoCtx, fdsAddr: number, nfds: number, timeoutMs: number, finish: Finish): void {
    const timing = msTiming(ctx, timeoutMs);
    doPoll(ctx, this.table, fdsAddr, nfds, timing, `poll(${nfds} fds, timeout ${timeoutMs})`, finish);
  }

  /**
   * ppoll(2) as the libc function: the timespec at `tsAddr` (0: forever) is read, not updated;
   * the signal mask is ignored (the layer models no signals).
   */
  ppoll(ctx: IoCtx, fdsAddr: number, nfds: number, tsAddr: number, _sigmaskAddr: number, finish: Finish): void {
    let timing: Timing = { immediate: false };
    let label = "-1";
    if (tsAddr !== 0) {
      if (!accessOk(tsAddr, 16)) return finish(ctx, -Errno.EFAULT);
      const raw = ctx.mem.read(tsAddr, 16);
      const view = new DataView(raw.buffer, raw.byteOffset, 16);
      const sec = view.getBigInt64(0, true);
      const nsec = view.getBigInt64(8, true);
      if (sec < 0n || nsec < 0n || nsec >= 1_000_000_000n) return finish(ctx, -Errno.EINVAL);
      const ns = Number(sec) * 1e9 + Number(nsec);
      timing = ns === 0 ? { immediate: true } : { immediate: false, deadline: ctx.sched.now() + ns };
      label = `${sec}.${nsec.toString().padStart(9, "0")}s`;
    }
    doPoll(ctx, this.table, fdsAddr, nfds, timing, `ppoll(${nfds} fds, timeout ${label})`, finish);
  }

  /** epoll_wait(2): up to `maxevents` packed 12-byte events at `eventsAddr`. */
  epollWait(ctx: IoCtx, epfd: number, eventsAddr: number, maxevents: number, timeoutMs: number, finish: Finish): void {
    const entry = this.table.get(epfd);
    if (!entry) return finish(ctx, -Errno.EBADF);
    const ep = entry.ref.desc;
    if (!(ep instanceof Epoll)) return finish(ctx, -Errno.EINVAL);
    if (maxevents <= 0 || maxevents > Linux.EP_MAX_EVENTS) return finish(ctx, -Errno.EINVAL);
    if (!accessOk(eventsAddr, maxevents * EPOLL_EVENT_SIZE)) return finish(ctx, -Errno.EFAULT);
    const put = (c: IoCtx, i: number, e: EpollEvent) => {
      if (eventsAddr === 0) return false;
      c.mem.write(eventsAddr + i * EPOLL_EVENT_SIZE, encodeEpollEvent(e));
      return true;
    };
    const reason = timeoutMs < 0 ? `epoll_wait(fd ${epfd})` : `epoll_wait(fd ${epfd}, timeout ${timeoutMs} ms)`;
    const ref = entry.ref.retain();
    ep.wait(ctx, maxevents, put, msTiming(ctx, timeoutMs), reason, (c, r) => {
      ref.drop(c);
      finish(c, r);
    });
  }

  /** pipe2(2): writes [read fd, write fd] as two ints at `fdsAddr`. */
  pipe2(ctx: IoCtx, fdsAddr: number, flags: number): number {
    if (flags & ~PIPE2_FLAGS) return -Errno.EINVAL;
    if (flags & Linux.O_NOTIFICATION_PIPE) return -Errno.ENOPKG;
    const [readEnd, writeEnd] = createPipe(flags);
    return this.installPair(ctx, readEnd, writeEnd, (flags & Linux.O_CLOEXEC) !== 0, fdsAddr);
  }

  /** socketpair(2): AF_UNIX SOCK_STREAM pairs; the fds go to `svAddr` (before the type checks, as on Linux). */
  socketpair(ctx: IoCtx, domain: number, type: number, protocol: number, svAddr: number): number {
    const extra = type & ~SOCK_TYPE_MASK;
    if (extra & ~(Linux.SOCK_NONBLOCK | Linux.SOCK_CLOEXEC)) return -Errno.EINVAL;
    if (this.table.freeCount() < 2) return -Errno.EMFILE;
    const fds = this.nextTwoFree();
    if (!accessOk(svAddr, 8) || putIntPair(ctx.mem, svAddr, fds[0], fds[1]) < 0) return -Errno.EFAULT;
    const outcome = socketpairOutcome(domain, type & SOCK_TYPE_MASK, protocol);
    if (outcome < 0) return outcome;
    const [a, b] = createStreamPair((extra & Linux.SOCK_NONBLOCK) !== 0);
    const cloexec = (extra & Linux.SOCK_CLOEXEC) !== 0;
    this.table.install(new DescHandle<Description>(a), cloexec);
    this.table.install(new DescHandle<Description>(b), cloexec);
    return 0;
  }

  /** eventfd2: `initval` is truncated to u32 like the C `unsigned int` argument. */
  eventfd(_ctx: IoCtx, initval: number | bigint, flags: number): number {
    if (flags & ~EVENTFD_FLAGS) return -Errno.EINVAL;
    const counter = BigInt.asUintN(32, BigInt(initval));
    const ref = new DescHandle<Description>(new EventFd(counter, flags));
    return this.table.install(ref, (flags & Linux.EFD_CLOEXEC) !== 0);
  }

  /** epoll_create1(2): flags 0 or EPOLL_CLOEXEC. */
  epollCreate1(_ctx: IoCtx, flags: number): number {
    if (flags & ~Linux.EPOLL_CLOEXEC) return -Errno.EINVAL;
    return this.table.install(new DescHandle<Description>(new Epoll(0)), flags !== 0);
  }

  /** epoll_create(2): `size` must be positive and is otherwise ignored. */
  epollCreate(ctx: IoCtx, size: number): number {
    return size <= 0 ? -Errno.EINVAL : this.epollCreate1(ctx, 0);
  }

  /** epoll_ctl(2): `eventAddr` points at a packed 12-byte event (ignored for EPOLL_CTL_DEL). */
  epollCtl(ctx: IoCtx, epfd: number, op: number, fd: number, eventAddr: number): number {
    let event: EpollEvent | undefined;
    if (op !== Linux.EPOLL_CTL_DEL) {
      if (eventAddr === 0 || !accessOk(eventAddr, EPOLL_EVENT_SIZE)) return -Errno.EFAULT;
      event = decodeEpollEvent(ctx.mem.read(eventAddr, EPOLL_EVENT_SIZE));
    }
    const epEntry = this.table.get(epfd);
    if (!epEntry) return -Errno.EBADF;
    const target = this.table.get(fd);
    if (!target) return -Errno.EBADF;
    const ep = epEntry.ref.desc;
    if (epfd === fd || !(ep instanceof Epoll) || ep === target.ref.desc) return -Errno.EINVAL;
    return ep.control(op, fd, target.ref.desc, event);
  }

  /** close(2). */
  close(ctx: IoCtx, fd: number): number {
    return this.table.close(ctx, fd);
  }

  /** dup(2): the lowest free fd, sharing the description; FD_CLOEXEC clear. */
  dup(_ctx: IoCtx, fd: number): number {
    const entry = this.table.get(fd);
    if (!entry) return -Errno.EBADF;
    return this.installShared(entry.ref, false, 0);
  }

  /** dup2(2): `newfd` is closed first (atomically); the same valid fd is returned unchanged. */
  dup2(ctx: IoCtx, oldfd: number, newfd: number): number {
    if (oldfd === newfd) return this.table.get(oldfd) ? newfd : -Errno.EBADF;
    return this.dupTo(ctx, oldfd, newfd, false);
  }

  /** dup3(2): like dup2 but EINVAL for equal fds or flags other than O_CLOEXEC. */
  dup3(ctx: IoCtx, oldfd: number, newfd: number, flags: number): number {
    if (flags & ~Linux.O_CLOEXEC) return -Errno.EINVAL;
    if (oldfd === newfd) return -Errno.EINVAL;
    return this.dupTo(ctx, oldfd, newfd, flags !== 0);
  }

  /** fcntl(2): F_DUPFD(_CLOEXEC), F_GETFD/F_SETFD, F_GETFL/F_SETFL, F_GETPIPE_SZ/F_SETPIPE_SZ; others EINVAL. */
  fcntl(_ctx: IoCtx, fd: number, cmd: number, arg: number): number {
    const entry = this.table.get(fd);
    if (!entry) return -Errno.EBADF;
    const desc = entry.ref.desc;
    switch (cmd) {
      case Linux.F_DUPFD:
      case Linux.F_DUPFD_CLOEXEC: {
        const min = arg >>> 0;
        if (min >= this.table.limit) return -Errno.EINVAL;
        return this.installShared(entry.ref, cmd === Linux.F_DUPFD_CLOEXEC, min);
      }
      case Linux.F_GETFD:
        return entry.cloexec ? Linux.FD_CLOEXEC : 0;
      case Linux.F_SETFD:
        entry.cloexec = (arg & Linux.FD_CLOEXEC) !== 0;
        return 0;
      case Linux.F_GETFL:
        return desc.statusFlags;
      case Linux.F_SETFL:
        return setStatusFlags(desc, arg >>> 0);
      case Linux.F_GETPIPE_SZ:
        return isPipeSized(desc) ? desc.getPipeSize() : -Errno.EBADF;
      case Linux.F_SETPIPE_SZ:
        return isPipeSized(desc) ? desc.setPipeSize(arg) : -Errno.EBADF;
      default:
        return -Errno.EINVAL;
    }
  }

  /** ioctl(2): FIONBIO, FIOCLEX, FIONCLEX for every fd; FIONREAD and the rest per description. */
  ioctl(ctx: IoCtx, fd: number, request: number, argp: number): number {
    const entry = this.table.get(fd);
    if (!entry) return -Errno.EBADF;
    const desc = entry.ref.desc;
    switch (request >>> 0) {
      case Linux.FIOCLEX:
        entry.cloexec = true;
        return 0;
      case Linux.FIONCLEX:
        entry.cloexec = false;
        return 0;
      case Linux.FIONBIO: {
        const on = getInt(ctx.mem, argp);
        if (on === undefined) return -Errno.EFAULT;
        desc.statusFlags = on !== 0 ? desc.statusFlags | Linux.O_NONBLOCK : desc.statusFlags & ~Linux.O_NONBLOCK;
        return 0;
      }
      default:
        return desc.ioctl(ctx, request >>> 0, argp);
    }
  }

  /** shutdown(2) on a socket: SHUT_RD, SHUT_WR, SHUT_RDWR. */
  shutdown(_ctx: IoCtx, fd: number, how: number): number {
    const sock = this.socket(fd);
    return typeof sock === "number" ? sock : sock.shutdown(how);
  }

  /** The description of `fd` if it may be read (EBADF for closed or write-only, EINVAL for no read op). */
  private readable(fd: number): Description | number {
    const desc = this.table.get(fd)?.ref.desc;
    if (!desc || !desc.readableMode) return -Errno.EBADF;
    return desc.ops.read ? desc : -Errno.EINVAL;
  }

  /** The description of `fd` if it may be written (EBADF for closed or read-only, EINVAL for no write op). */
  private writable(fd: number): Description | number {
    const desc = this.table.get(fd)?.ref.desc;
    if (!desc || !desc.writableMode) return -Errno.EBADF;
    return desc.ops.write ? desc : -Errno.EINVAL;
  }

  /** The socket behind `fd`, or EBADF / ENOTSOCK. */
  private socket(fd: number): UnixStreamSocket | number {
    const desc = this.table.get(fd)?.ref.desc;
    if (!desc) return -Errno.EBADF;
    return desc instanceof UnixStreamSocket ? desc : -Errno.ENOTSOCK;
  }

  /**
   * One transfer on `fd`'s description. The operation holds its own reference, so the description
   * outlives a close or dup2 of the fd while it is blocked (Linux does the same: a thread blocked
   * in read on a pipe whose fd another thread closes, or dup2s over, still gets the data written
   * later; verified natively).
   */
  private transfer(
    ctx: IoCtx,
    fd: number,
    dir: "in" | "out",
    segs: Segment[],
    socketCall: { flags: number } | undefined,
    reason: string,
    finish: Finish,
  ): void {
    const ref = this.table.get(fd)!.ref.retain();
    const flags = socketCall?.flags ?? 0;
    const req: SocketIoRequest = { buf: new UserBuffer(ctx.mem, segs), flags, reason, socketCall: !!socketCall };
    const done: Finish = (c, r) => {
      ref.drop(c);
      finish(c, r);
    };
    if (dir === "in") ref.desc.readv(ctx, req, done);
    else ref.desc.writev(ctx, req, done);
  }

  /** readv/writev: a zero total returns 0; "segments" types get one transfer per iovec. */
  private vectored(
    ctx: IoCtx,
    fd: number,
    desc: Description,
    dir: "in" | "out",
    segs: Segment[],
    reason: string,
    finish: Finish,
  ): void {
    if (segs.every((s) => s.len === 0)) return finish(ctx, 0);
    const mode = dir === "in" ? desc.ops.readVector : desc.ops.writeVector;
    if (mode === "iter") return this.transfer(ctx, fd, dir, segs, undefined, reason, finish);
    const ref = this.table.get(fd)!.ref.retain();
    const step = (c: IoCtx, index: number, total: number): void => {
      if (index === segs.length) {
        ref.drop(c);
        return finish(c, total);
      }
      const seg = segs[index];
      const req: IoRequest = { buf: new UserBuffer(c.mem, [seg]), flags: 0, reason };
      const next: Finish = (c2, r) => {
        if (r < 0 || r !== seg.len) {
          ref.drop(c2);
          return finish(c2, r < 0 ? (total > 0 ? total : r) : total + r);
        }
        step(c2, index + 1, total + r);
      };
      if (dir === "in") ref.desc.readv(c, req, next);
      else ref.desc.writev(c, req, next);
    };
    step(ctx, 0, 0);
  }

  /** Installs a second reference to `ref` at the lowest free fd >= `min` (or -EMFILE). */
  private installShared(ref: DescHandle<Description>, cloexec: boolean, min: number): number {
    if (this.table.lowestFree(min) < 0) return -Errno.EMFILE;
    return this.table.install(ref.retain(), cloexec, min);
  }

  /** dup2/dup3 to a different fd: EBADF for a bad `newfd` or `oldfd`; replaces then drops the old entry. */
  private dupTo(ctx: IoCtx, oldfd: number, newfd: number, cloexec: boolean): number {
    if (!Number.isInteger(newfd) || newfd < 0 || newfd >= this.table.limit) return -Errno.EBADF;
    const entry = this.table.get(oldfd);
    if (!entry) return -Errno.EBADF;
    const replaced = this.table.replace(newfd, entry.ref.retain(), cloexec);
    replaced?.ref.drop(ctx);
    return newfd;
  }

  /** The two lowest free fds (the caller checked there are two). */
  private nextTwoFree(): [number, number] {
    const first = this.table.lowestFree(0);
    return [first, this.table.lowestFree(first + 1)];
  }

  /** Installs a fresh pair at the two lowest free fds and stores them at `addr`, or undoes it all. */
  private installPair(ctx: IoCtx, a: Description, b: Description, cloexec: boolean, addr: number): number {
    const refA = new DescHandle(a);
    const refB = new DescHandle(b);
    if (this.table.freeCount() < 2) {
      refA.drop(ctx);
      refB.drop(ctx);
      return -Errno.EMFILE;
    }
    const [fdA, fdB] = this.nextTwoFree();
    if (!accessOk(addr, 8) || putIntPair(ctx.mem, addr, fdA, fdB) < 0) {
      refA.drop(ctx);
      refB.drop(ctx);
      return -Errno.EFAULT;
    }
    this.table.install(refA, cloexec);
    this.table.install(refB, cloexec);
    return 0;
  }
}

/** Converts a millisecond timeout (negative: forever) to a deadline in virtual time. */
function msTiming(ctx: IoCtx, timeoutMs: number): Timing {
  if (timeoutMs < 0) return { immediate: false };
  if (timeoutMs === 0) return { immediate: true };
  return { immediate: false, deadline: ctx.sched.now() + timeoutMs * 1e6 };
}

/** F_SETFL: only SETFL_MASK bits change; O_DIRECT is EINVAL unless the type allows it; O_ASYNC sticks only with fasync. */
function setStatusFlags(desc: Description, arg: number): number {
  if ((arg & Linux.O_DIRECT) && !desc.ops.direct) return -Errno.EINVAL;
  let bits = arg & SETFL_MASK;
  if (!desc.ops.async) bits &= ~Linux.O_ASYNC;
  desc.statusFlags = (desc.statusFlags & ~SETFL_MASK) | bits;
  return 0;
}
