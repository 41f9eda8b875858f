/**
 * AF_UNIX SOCK_STREAM socketpairs, modelled on Linux's `net/unix/af_unix.c`.
 *
 * Each end has a receive queue of skbs. A send splits the data into skbs of at most 36544 bytes
 * and charges each skb's truesize (payload plus allocation overhead, see `skbTruesize`) to the
 * sender until the receiver consumes it whole; a send may allocate while the sender's charge is
 * below SO_SNDBUF (212992), and the sender polls writable while `(charge + 1) * 4 <= SO_SNDBUF`.
 * So 278 one-byte writes fill a default pair, and 219264 bytes of large writes do.
 */

import { Unsupported } from "../errors.ts";
import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import { Description, type FileOps, type IoRequest, type PollBits } from "./desc.ts";
import { EventQueue } from "./events.ts";
import { putInt } from "./memory_words.ts";

/** Default SO_SNDBUF (/proc/sys/net/core/wmem_default). */
export const UNIX_SNDBUF = 212992;
const RCV_SHUTDOWN = 1;
const SEND_SHUTDOWN = 2;
const SHUTDOWN_MASK = 3;
const PAGE = Linux.PAGE_SIZE;
/** SKB_MAX_HEAD(0): the linear part of an skb allocated from one page (4096 - 320). */
const SKB_MAX_HEAD = 3776;
/** UNIX_SKB_FRAGS_SZ: page fragments one skb may carry. */
const SKB_FRAGS = 32768;
const SKB_SHINFO = 320;
const SKB_STRUCT = 256;
const DATA_WAKE = Linux.POLLIN | Linux.POLLPRI | Linux.POLLRDNORM | Linux.POLLRDBAND;
const SPACE_WAKE = Linux.POLLOUT | Linux.POLLWRNORM | Linux.POLLWRBAND;
const RECV_FLAGS = Linux.MSG_PEEK | Linux.MSG_DONTWAIT | Linux.MSG_WAITALL | Linux.MSG_CMSG_CLOEXEC |
  Linux.MSG_NOSIGNAL;

/** Largest payload of one skb on a stream socket with send buffer `sndbuf`. */
function maxSkbPayload(sndbuf: number): number {
  return Math.min((sndbuf >> 1) - 64, SKB_MAX_HEAD + SKB_FRAGS);
}

function pageAlign(n: number): number {
  return Math.ceil(n / PAGE) * PAGE;
}

/**
 * Bytes Linux charges to the sender for an skb with `size` payload bytes: the sk_buff (256), the
 * kmalloc'd head (linear bytes rounded to 64, plus 320 of shared info, rounded up to a power of
 * two of at least 512) and the page fragments (high-order pages, order decreasing as data runs
 * out). Verified with SIOCOUTQ for sizes 1..36545 on Linux 6.18.
 */
export function skbTruesize(size: number): number {
  const dataLen = Math.min(size, pageAlign(Math.max(0, size - SKB_MAX_HEAD)));
  const head = size - dataLen;
  let headAlloc = 512;
  while (headAlloc < Math.ceil(head / 64) * 64 + SKB_SHINFO) headAlloc *= 2;
  let frags = 0;
  let order = 3;
  for (let left = dataLen; left > 0;) {
    while (order > 0 && pageAlign(left) < PAGE << order) order--;
    frags += PAGE << order;
    left -= Math.min(left, PAGE << order);
  }
  return SKB_STRUCT + headAlloc + frags;
}

/** One queued message chunk. */
interface Skb {
  data: Uint8Array;
  consumed: number;
  truesize: number;
  sender: UnixStreamSocket;
}

const SOCKET_OPS: FileOps = {
  read: true,
  write: true,
  readVector: "iter",
  writeVector: "iter",
  direct: false,
  async: true,
};

/** Socket-call extras on an IoRequest: recv/send (true) versus read/write (false). */
export interface SocketIoRequest extends IoRequest {
  socketCall: boolean;
}

/** One end of a connected AF_UNIX stream socketpair. */
export class UnixStreamSocket extends Description {
  readonly kind = "unix stream socket";
  readonly ops = SOCKET_OPS;
  protected override readonly pollBits: PollBits = { readable: Linux.POLLIN | Linux.POLLRDNORM, writable: SPACE_WAKE };
  /** The other end while it is open. */
  peer: UnixStreamSocket | undefined;
  /** RCV_SHUTDOWN (1) | SEND_SHUTDOWN (2), set by shutdown() on either end or by the peer's close. */
  shutdownBits = 0;
  /** Truesize of this end's sent skbs not yet consumed by the peer (SIOCOUTQ). */
  wmem = 0;
  readonly sndbuf = UNIX_SNDBUF;
  /** Pending socket error (ECONNRESET after the peer closed with unread data); reported once. */
  pendingError = 0;
  private readonly rx: Skb[] = [];
  /** Readers, writers and poll/epoll watchers of this end (Linux's `sk_wq`). */
  private readonly wq = new EventQueue("unix socket");

  /** Unread bytes in the receive queue (FIONREAD). */
  get unread(): number {
    return this.rx.reduce((n, s) => n + s.data.length - s.consumed, 0);
  }

  readiness(): Readiness {
    return {
      readable: this.rx.length > 0 || (this.shutdownBits & RCV_SHUTDOWN) !== 0,
      writable: (this.wmem + 1) * 4 <= this.sndbuf,
      hup: this.shutdownBits === SHUTDOWN_MASK,
      rdhup: (this.shutdownBits & RCV_SHUTDOWN) !== 0,
      err: this.pendingError !== 0,
    };
  }

  watchQueue(): EventQueue {
    return this.wq;
  }

  /** FIONREAD (SIOCINQ): unread bytes as an int at `argp`. */
  override ioctl(ctx: IoCtx, request: number, argp: number): number {
    if (request !== Linux.FIONREAD) return -Errno.ENOTTY;
    return putInt(ctx.mem, argp, this.unread);
  }

  /** shutdown(2): marks this end and the peer (RCV here is SEND there) and wakes both. */
  shutdown(how: number): number {
    if (how < Linux.SHUT_RD || how > Linux.SHUT_RDWR) return -Errno.EINVAL;
    const mode = how + 1;
    this.shutdownBits |= mode;
    this.wq.wake(0);
    const peer = this.peer;
    if (peer) {
      peer.shutdownBits |= ((mode & RCV_SHUTDOWN) ? SEND_SHUTDOWN : 0) | ((mode & SEND_SHUTDOWN) ? RCV_SHUTDOWN : 0);
      peer.wq.wake(0);
    }
    return 0;
  }

  readv(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    const flags = req.flags;
    if ((flags & ~RECV_FLAGS) !== 0) {
      throw new Unsupported(
        `recv flags 0x${flags.toString(16)} on a unix stream socket (supported: ` +
          `MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_CMSG_CLOEXEC)`,
      );
    }
    const socketCall = (req as Partial<SocketIoRequest>).socketCall === true;
    if (!socketCall && req.buf.total === 0) return finish(ctx, 0);
    let size = req.buf.total;
    const waitAll = (flags & Linux.MSG_WAITALL) !== 0;
    if (!waitAll && size > 0 && this.unread > 0) {
      size = Math.max(1, ctx.sched.shortIoLength(Math.min(size, this.unread)));
    }
    const target = waitAll ? Math.max(size, 1) : 1;
    this.receive(ctx, req, size, target, 0, finish);
  }

  /** `unix_stream_read_generic` from `copied` bytes on; blocks until `target` bytes or EOF/error. */
  private receive(ctx: IoCtx, req: IoRequest, size: number, target: number, copied: number, finish: Finish): void {
    const peek = (req.flags & Linux.MSG_PEEK) !== 0;
    const nonblock = this.nonBlocking || (req.flags & Linux.MSG_DONTWAIT) !== 0;
    let index = 0;
    let skip = 0;
    for (;;) {
      while (index < this.rx.length && this.rx[index].data.length - this.rx[index].consumed <= skip) {
        skip -= this.rx[index].data.length - this.rx[index].consumed;
        index++;
      }
      const skb = this.rx[index];
      if (!skb) {
        if (copied >= target) break;
        if (this.pendingError) {
          const err = this.pendingError;
          this.pendingError = 0;
          return finish(ctx, copied || -err);
        }
        if (this.shutdownBits & RCV_SHUTDOWN) break;
        if (nonblock) return finish(ctx, copied || -Errno.EAGAIN);
        ctx.sched.block({
          reason: req.reason,
          queues: [this.wq.threads],
          onWake: (c) => this.receive(c, req, size, target, copied, finish),
        });
        return;
      }
      const start = skb.consumed + skip;
      const chunk = Math.min(skb.data.length - start, size - copied);
      if (req.buf.put(skb.data.subarray(start, start + chunk)) < chunk) {
        if (copied === 0) copied = -Errno.EFAULT;
        break;
      }
      copied += chunk;
      if (peek) skip += chunk;
      else {
        skb.consumed += chunk;
        if (skb.consumed === skb.data.length) this.freeSkb(this.rx.shift()!);
      }
      if (copied >= size) break;
    }
    finish(ctx, copied);
  }

  /** Frees a consumed skb: uncharges its sender, which may wake the sender's writers. */
  private freeSkb(skb: Skb): void {
    const sender = skb.sender;
    sender.wmem -= skb.truesize;
    if (sender.readiness().writable) sender.wq.wake(SPACE_WAKE);
  }

  writev(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    if (req.flags & Linux.MSG_OOB) throw new Unsupported("send with MSG_OOB on a unix stream socket");
    if (this.shutdownBits & SEND_SHUTDOWN) return finish(ctx, -Errno.EPIPE);
    const total = req.buf.total;
    const limit = total > 1 ? Math.max(1, ctx.sched.shortIoLength(total)) : total;
    this.send(ctx, req, limit, 0, finish);
  }

  /** `unix_stream_sendmsg` from `sent` bytes on: one skb at a time, waiting for send buffer space. */
  private send(ctx: IoCtx, req: IoRequest, limit: number, sent: number, finish: Finish): void {
    const nonblock = this.nonBlocking || (req.flags & Linux.MSG_DONTWAIT) !== 0;
    while (sent < limit) {
      if (this.pendingError) {
        const err = this.pendingError;
        this.pendingError = 0;
        return finish(ctx, sent || -err);
      }
      if (this.shutdownBits & SEND_SHUTDOWN) return finish(ctx, sent || -Errno.EPIPE);
      if (this.wmem >= this.sndbuf) {
        if (nonblock) return finish(ctx, sent || -Errno.EAGAIN);
        ctx.sched.block({
          reason: req.reason,
          queues: [this.wq.threads],
          onWake: (c) => this.send(c, req, limit, sent, finish),
        });
        return;
      }
      const size = Math.min(limit - sent, maxSkbPayload(this.sndbuf));
      const data = req.buf.take(size);
      if (data.length < size) return finish(ctx, sent || -Errno.EFAULT);
      const peer = this.peer;
      if (!peer || peer.shutdownBits & RCV_SHUTDOWN) return finish(ctx, sent || -Errno.EPIPE);
      const truesize = skbTruesize(size);
      this.wmem += truesize;
      peer.rx.push({ data, consumed: 0, truesize, sender: this });
      peer.wq.wake(DATA_WAKE);
      sent += size;
    }
    finish(ctx, sent);
  }

  /** `unix_release_sock`: the peer sees EOF/EPIPE (ECONNRESET if we left data unread). */
  protected releaseResources(_ctx: IoCtx): void {
    this.shutdownBits = SHUTDOWN_MASK;
    const peer = this.peer;
    this.peer = undefined;
    if (peer) {
      if (this.rx.length > 0) peer.pendingError = Errno.ECONNRESET;
      peer.shutdownBits = SHUTDOWN_MASK;
      peer.peer = undefined;
      peer.wq.wake(0);
    }
    for (const skb of this.rx.splice(0)) this.freeSkb(skb);
  }
}

/** Creates a connected pair; `nonblock` sets O_NONBLOCK on both ends. */
export function createStreamPair(nonblock: boolean): [UnixStreamSocket, UnixStreamSocket] {
  const flags = Linux.O_RDWR | (nonblock ? Linux.O_NONBLOCK : 0);
  const a = new UnixStreamSocket(flags);
  const b = new UnixStreamSocket(flags);
  a.peer = b;
  b.peer = a;
  return [a, b];
}

/** AF_MAX on Linux 6.18: families at or above it are EAFNOSUPPORT. */
const AF_MAX = 46;
/** SOCK_MAX: base types at or above it are EINVAL. */
const SOCK_MAX = 11;
/** Measured socketpair() errnos for families other than AF_UNIX that exist in the kernel. */
const OTHER_FAMILY_ERRNO: Record<number, Record<number, number>> = {
  2: { [Linux.SOCK_STREAM]: Errno.EOPNOTSUPP, [Linux.SOCK_DGRAM]: Errno.EOPNOTSUPP },
  10: { [Linux.SOCK_STREAM]: Errno.EOPNOTSUPP, [Linux.SOCK_DGRAM]: Errno.EOPNOTSUPP },
  16: { [Linux.SOCK_STREAM]: Errno.ESOCKTNOSUPPORT, [Linux.SOCK_DGRAM]: Errno.EOPNOTSUPP },
  17: { [Linux.SOCK_STREAM]: Errno.ESOCKTNOSUPPORT, [Linux.SOCK_DGRAM]: Errno.EOPNOTSUPP },
  40: { [Linux.SOCK_STREAM]: Errno.EOPNOTSUPP, [Linux.SOCK_DGRAM]: Errno.ENODEV },
  44: { [Linux.SOCK_STREAM]: Errno.ESOCKTNOSUPPORT, [Linux.SOCK_DGRAM]: Errno.ESOCKTNOSUPPORT },
};

/**
 * What `socketpair(domain, type & 0xf, protocol)` does once the fds are reserved and stored:
 * 0 for an AF_UNIX stream pair, else a negated errno. Throws `Unsupported` for AF_UNIX
 * SOCK_DGRAM/SOCK_SEQPACKET (message sockets are not modelled) and for other families' types
 * whose errno was not measured.
 */
export function socketpairOutcome(domain: number, baseType: number, protocol: number): number {
  if (domain < 0 || domain >= AF_MAX) return -Errno.EAFNOSUPPORT;
  if (baseType >= SOCK_MAX) return -Errno.EINVAL;
  if (domain === Linux.AF_UNIX) {
    if (protocol !== 0 && protocol !== Linux.AF_UNIX) return -Errno.EPROTONOSUPPORT;
    if (baseType === Linux.SOCK_STREAM) return 0;
    if (baseType === Linux.SOCK_DGRAM || baseType === Linux.SOCK_SEQPACKET || baseType === 3) {
      const name = baseType === Linux.SOCK_SEQPACKET ? "SOCK_SEQPACKET" : "SOCK_DGRAM";
      throw new Unsupported(`socketpair(AF_UNIX, ${name}): only SOCK_STREAM socketpairs are emulated`);
    }
    return -Errno.ESOCKTNOSUPPORT;
  }
  const known = OTHER_FAMILY_ERRNO[domain];
  if (!known) return -Errno.EAFNOSUPPORT;
  if (protocol === 0 && known[baseType] !== undefined) return -known[baseType];
  throw new Unsupported(`socketpair(domain ${domain}, type ${baseType}, protocol ${protocol}) is not emulated`);
}
