/**
 * Anonymous pipes, modelled on Linux's `fs/pipe.c`: a ring of page-sized buffers (16 slots of
 * 4096 bytes by default), small writes merged into the last page when they fit whole, a write of
 * `n & 4095` leading bytes merged first and the rest page by page, "full" meaning every slot is in
 * use (so the byte capacity depends on the write pattern: 64000 bytes for 100-byte writes), and
 * packet mode (O_DIRECT) where each write is its own buffer and each read consumes one buffer.
 */

import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import { Description, type FileOps, type IoRequest } from "./desc.ts";
import { EventQueue } from "./events.ts";
import { putInt } from "./memory_words.ts";

const PAGE = Linux.PAGE_SIZE;
const READ_WAKE = Linux.POLLIN | Linux.POLLRDNORM;
const WRITE_WAKE = Linux.POLLOUT | Linux.POLLWRNORM;

/** One slot of the ring: a page with the unread bytes at `offset .. offset + len`. */
interface PipePage {
  data: Uint8Array;
  offset: number;
  len: number;
  /** Written in packet mode (O_DIRECT): never merged into, read as one unit. */
  packet: boolean;
}

/**
 * F_SETPIPE_SZ sizing: `arg` is truncated to u32, above 2^31 is EINVAL, below one page rounds up
 * to one page, else up to a power of two; growing above /proc/sys/fs/pipe-max-size is EPERM (this
 * process lacks CAP_SYS_RESOURCE). Returns the number of slots or a negated errno.
 */
export function pipeSlotsFor(arg: number, currentSlots: number): number {
  const size = arg >>> 0;
  if (size > 2 ** 31) return -Errno.EINVAL;
  let rounded = PAGE;
  while (rounded < size) rounded *= 2;
  const slots = rounded / PAGE;
  if (slots > currentSlots && rounded > Linux.PIPE_MAX_SIZE) return -Errno.EPERM;
  return slots;
}

/** Descriptions that answer F_GETPIPE_SZ / F_SETPIPE_SZ (pipe ends and the stdio pipes). */
export interface PipeSized {
  /** F_GETPIPE_SZ: the capacity in bytes. */
  getPipeSize(): number;
  /** F_SETPIPE_SZ: resizes and returns the new capacity, or a negated errno. */
  setPipeSize(arg: number): number;
}

/** True if `d` answers F_GETPIPE_SZ / F_SETPIPE_SZ. */
export function isPipeSized(d: object): d is PipeSized {
  return "getPipeSize" in d && "setPipeSize" in d;
}

/** The shared state of one pipe: the page ring, end counts and the two wait queues. */
export class Pipe {
  readonly pages: PipePage[] = [];
  /** Page buffers of drained pages, reused by writers (a 1-byte write would otherwise allocate 4 KiB). */
  readonly spare: Uint8Array[] = [];
  /** Capacity in slots (pages). */
  maxSlots = Linux.PIPE_DEFAULT_SIZE / PAGE;
  /** Live read-end and write-end descriptions. */
  readers = 1;
  writers = 1;
  /** Readers blocked in read and poll/epoll watchers of the read end (Linux `rd_wait`). */
  readonly rd = new EventQueue("pipe readers");
  /** Writers blocked in write and poll/epoll watchers of the write end (Linux `wr_wait`). */
  readonly wr = new EventQueue("pipe writers");
  /** Set once poll or epoll looked at the pipe; then every write wakes the read side (Linux `poll_usage`). */
  pollUsed = false;

  /** No slot in use. */
  get empty(): boolean {
    return this.pages.length === 0;
  }

  /** Every slot in use. */
  get full(): boolean {
    return this.pages.length >= this.maxSlots;
  }

  /** Unread bytes (FIONREAD). */
  get bytes(): number {
    return this.pages.reduce((n, p) => n + p.len, 0);
  }

  /** F_SETPIPE_SZ: EBUSY when fewer slots than those in use, else resizes and wakes writers. */
  resize(arg: number): number {
    const slots = pipeSlotsFor(arg, this.maxSlots);
    if (slots < 0) return slots;
    if (slots < this.pages.length) return -Errno.EBUSY;
    this.maxSlots = slots;
    this.wr.wake(0);
    return slots * PAGE;
  }

  /** One end description went away; losing the last reader or writer wakes both sides. */
  endReleased(reading: boolean): void {
    if (reading) this.readers--;
    else this.writers--;
    if ((this.readers === 0) !== (this.writers === 0)) {
      this.rd.wake(0);
      this.wr.wake(0);
    }
  }
}

const PIPE_OPS: FileOps = {
  read: true,
  write: true,
  readVector: "iter",
  writeVector: "iter",
  direct: true,
  async: true,
};

/** Shared behaviour of both pipe ends. */
abstract class PipeEnd extends Description implements PipeSized {
  readonly ops = PIPE_OPS;

  constructor(readonly pipe: Pipe, statusFlags: number) {
    super(statusFlags);
  }

  /** Poll/epoll entry point; also turns on Linux's "epoll wants every write" wake-ups. */
  override pollEvents(): number {
    this.pipe.pollUsed = true;
    return super.pollEvents();
  }

  /** FIONREAD (on either end): the unread bytes as an int at `argp`. */
  override ioctl(ctx: IoCtx, request: number, argp: number): number {
    if (request !== Linux.FIONREAD) return -Errno.ENOTTY;
    return putInt(ctx.mem, argp, this.pipe.bytes);
  }

  /** F_GETPIPE_SZ. */
  getPipeSize(): number {
    return this.pipe.maxSlots * PAGE;
  }

  /** F_SETPIPE_SZ. */
  setPipeSize(arg: number): number {
    return this.pipe.resize(arg);
  }

  readv(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    pipeRead(ctx, this, req, finish, false);
  }

  writev(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    new PipeWrite(this, req, finish).start(ctx);
  }
}

/** The read end of a pipe. */
export class PipeReadEnd extends PipeEnd {
  readonly kind = "pipe read end";

  readiness(): Readiness {
    return { readable: !this.pipe.empty, writable: false, hup: this.pipe.writers === 0, rdhup: false, err: false };
  }

  watchQueue(): EventQueue {
    return this.pipe.rd;
  }

  protected releaseResources(_ctx: IoCtx): void {
    this.pipe.endReleased(true);
  }
}

/** The write end of a pipe. */
export class PipeWriteEnd extends PipeEnd {
  readonly kind = "pipe write end";

  readiness(): Readiness {
    return { readable: false, writable: !this.pipe.full, hup: false, rdhup: false, err: this.pipe.readers === 0 };
  }

  watchQueue(): EventQueue {
    return this.pipe.wr;
  }

  protected releaseResources(_ctx: IoCtx): void {
    this.pipe.endReleased(false);
  }
}

/** Creates a pipe; `flags` may hold O_NONBLOCK (both ends) and O_DIRECT (write end: packet mode). */
export function createPipe(flags: number): [PipeReadEnd, PipeWriteEnd] {
  const pipe = new Pipe();
  const readEnd = new PipeReadEnd(pipe, Linux.O_RDONLY | (flags & Linux.O_NONBLOCK));
  const writeEnd = new PipeWriteEnd(pipe, Linux.O_WRONLY | (flags & (Linux.O_NONBLOCK | Linux.O_DIRECT)));
  return [readEnd, writeEnd];
}

/** `pipe_read`: copies out page by page; blocks only when nothing was read and writers remain. */
function pipeRead(ctx: IoCtx, end: PipeEnd, req: IoRequest, finish: Finish, slept: boolean): void {
  const pipe = end.pipe;
  const buf = req.buf;
  if (buf.total === 0) return finish(ctx, 0);
  let total = buf.total;
  const available = pipe.bytes;
  if (available > 0) total = Math.max(1, ctx.sched.shortIoLength(Math.min(total, available)));
  let ret = 0;
  let wakeWriter = false;
  let wakeNextReader = slept;
  for (;;) {
    if (!pipe.empty) {
      const page = pipe.pages[0];
      const chars = Math.min(page.len, total);
      const copied = buf.put(page.data.subarray(page.offset, page.offset + chars));
      if (copied < chars) {
        if (ret === 0) ret = -Errno.EFAULT;
        break;
      }
      ret += chars;
      page.offset += chars;
      page.len -= chars;
      if (page.packet) {
        total = chars;
        page.len = 0;
      }
      if (page.len === 0) {
        wakeWriter ||= pipe.full;
        const done = pipe.pages.shift()!;
        if (pipe.spare.length < 16) pipe.spare.push(done.data);
      }
      total -= chars;
      if (total === 0) break;
      if (!pipe.empty) continue;
    }
    if (pipe.writers === 0 || ret !== 0) break;
    if (end.nonBlocking) {
      ret = -Errno.EAGAIN;
      break;
    }
    if (wakeWriter) pipe.wr.wake(WRITE_WAKE);
    ctx.sched.block({
      reason: req.reason,
      queues: [pipe.rd.threads],
      onWake: (c) => pipeRead(c, end, req, finish, true),
    });
    return;
  }
  if (pipe.empty) wakeNextReader = false;
  if (wakeWriter) pipe.wr.wake(WRITE_WAKE);
  if (wakeNextReader) pipe.rd.wake(READ_WAKE);
  finish(ctx, ret);
}

/** One `pipe_write` call; its state survives blocking (bytes written so far, wake-up flags). */
class PipeWrite {
  private ret = 0;
  private wasEmpty = false;
  private wakeNextWriter = false;
  /** Bytes this write transfers at most (the request, or less under short I/O above PIPE_BUF). */
  private limit = 0;

  constructor(private readonly end: PipeEnd, private readonly req: IoRequest, private readonly finish: Finish) {}

  private get remaining(): number {
    return this.limit - this.req.buf.transferred;
  }

  /** Starts the write: EPIPE check, then the merge into the last page, then the page loop. */
  start(ctx: IoCtx): void {
    const pipe = this.end.pipe;
    const total = this.req.buf.total;
    if (total === 0) return this.finish(ctx, 0);
    const limit = total > Linux.PIPE_BUF ? Math.max(1, ctx.sched.shortIoLength(total)) : total;
    this.limit = limit;
    if (pipe.readers === 0) {
      this.ret = -Errno.EPIPE;
      return this.out(ctx);
    }
    this.wasEmpty = pipe.empty;
    const chars = limit & (PAGE - 1);
    if (chars !== 0 && !this.wasEmpty) {
      const last = pipe.pages[pipe.pages.length - 1];
      const offset = last.offset + last.len;
      if (!last.packet && offset + chars <= PAGE) {
        const bytes = this.req.buf.take(chars);
        if (bytes.length < chars) {
          this.ret = -Errno.EFAULT;
          return this.out(ctx);
        }
        last.data.set(bytes, offset);
        last.len += chars;
        this.ret = chars;
        if (this.remaining === 0) return this.out(ctx);
      }
    }
    this.loop(ctx);
  }

  private loop(ctx: IoCtx): void {
    const pipe = this.end.pipe;
    for (;;) {
      if (pipe.readers === 0) {
        if (this.ret === 0) this.ret = -Errno.EPIPE;
        break;
      }
      if (!pipe.full) {
        const want = Math.min(PAGE, this.remaining);
        const bytes = this.req.buf.take(want);
        if (bytes.length < want) {
          if (this.ret === 0) this.ret = -Errno.EFAULT;
          break;
        }
        const data = pipe.spare.pop() ?? new Uint8Array(PAGE);
        data.set(bytes);
        const packet = (this.end.statusFlags & Linux.O_DIRECT) !== 0;
        pipe.pages.push({ data, offset: 0, len: bytes.length, packet });
        this.ret += bytes.length;
        if (this.remaining === 0) break;
      }
      if (!pipe.full) continue;
      if (this.end.nonBlocking) {
        if (this.ret === 0) this.ret = -Errno.EAGAIN;
        break;
      }
      if (this.wasEmpty) pipe.rd.wake(READ_WAKE);
      ctx.sched.block({
        reason: this.req.reason,
        queues: [pipe.wr.threads],
        onWake: (c) => {
          this.wasEmpty = pipe.empty;
          this.wakeNextWriter = true;
          this.loop(c);
        },
      });
      return;
    }
    this.out(ctx);
  }

  /** Linux's `out:` label: wake-ups, then completion. */
  private out(ctx: IoCtx): void {
    const pipe = this.end.pipe;
    if (pipe.full) this.wakeNextWriter = false;
    if (this.wasEmpty || pipe.pollUsed) pipe.rd.wake(READ_WAKE);
    if (this.wakeNextWriter) pipe.wr.wake(WRITE_WAKE);
    this.finish(ctx, this.ret);
  }
}
