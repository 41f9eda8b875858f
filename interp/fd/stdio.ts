/**
 * fds 0, 1 and 2. The recorder runs programs natively with stdin, stdout and stderr being pipes:
 * stdin is a pipe whose writer put all the input in and closed its end, stdout and stderr are
 * pipes that the recorder drains at once. These descriptions behave like those pipe ends where it
 * is observable (access mode, poll bits, EBADF for the wrong direction, F_GETPIPE_SZ, FIONREAD),
 * except that stdout/stderr writes never block or fail (their reader is always there and fast).
 */

import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import { Description, type FileOps, type IoRequest } from "./desc.ts";
import { EventQueue } from "./events.ts";
import { putInt } from "./memory_words.ts";
import { type PipeSized, pipeSlotsFor } from "./pipe.ts";

const STDIO_OPS: FileOps = {
  read: true,
  write: true,
  readVector: "iter",
  writeVector: "iter",
  direct: true,
  async: true,
};

/** The capacity bookkeeping of a stdio pipe (F_GETPIPE_SZ / F_SETPIPE_SZ). */
abstract class StdioPipe extends Description implements PipeSized {
  readonly ops = STDIO_OPS;
  protected readonly queue: EventQueue;
  protected slots = Linux.PIPE_DEFAULT_SIZE / Linux.PAGE_SIZE;

  constructor(readonly kind: string, statusFlags: number) {
    super(statusFlags);
    this.queue = new EventQueue(kind);
  }

  watchQueue(): EventQueue {
    return this.queue;
  }

  /** F_GETPIPE_SZ. */
  getPipeSize(): number {
    return this.slots * Linux.PAGE_SIZE;
  }

  /** F_SETPIPE_SZ with pipe rounding and limits (never EBUSY: the model keeps no pages). */
  setPipeSize(arg: number): number {
    const slots = pipeSlotsFor(arg, this.slots);
    if (slots < 0) return slots;
    this.slots = slots;
    return this.getPipeSize();
  }

  protected releaseResources(_ctx: IoCtx): void {}
}

/** fd 0: the given input bytes, then EOF (the writer of the stdin pipe has closed). */
export class StdinDescription extends StdioPipe {
  private pos = 0;

  constructor(private readonly input: Uint8Array) {
    super("stdin (pipe read end)", Linux.O_RDONLY);
  }

  /** Bytes not read yet. */
  get unread(): number {
    return this.input.length - this.pos;
  }

  readiness(): Readiness {
    return { readable: this.unread > 0, writable: false, hup: true, rdhup: false, err: false };
  }

  /** FIONREAD: unread bytes, at most what the pipe holds (its capacity). */
  override ioctl(ctx: IoCtx, request: number, argp: number): number {
    if (request !== Linux.FIONREAD) return -Errno.ENOTTY;
    return putInt(ctx.mem, argp, Math.min(this.unread, this.getPipeSize()));
  }

  readv(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    const total = req.buf.total;
    if (total === 0 || this.unread === 0) return finish(ctx, 0);
    const n = Math.max(1, ctx.sched.shortIoLength(Math.min(total, this.unread)));
    const copied = req.buf.put(this.input.subarray(this.pos, this.pos + n));
    this.pos += copied;
    finish(ctx, copied > 0 ? copied : -Errno.EFAULT);
  }

  writev(ctx: IoCtx, _req: IoRequest, finish: Finish): void {
    finish(ctx, -Errno.EBADF);
  }
}

/** fds 1 and 2: every write goes to the byte sink at once. */
export class StdoutDescription extends StdioPipe {
  constructor(kind: string, private readonly sink: (bytes: Uint8Array) => void) {
    super(kind, Linux.O_WRONLY);
  }

  readiness(): Readiness {
    return { readable: false, writable: true, hup: false, rdhup: false, err: false };
  }

  /** FIONREAD: the drained pipe holds nothing. */
  override ioctl(ctx: IoCtx, request: number, argp: number): number {
    if (request !== Linux.FIONREAD) return -Errno.ENOTTY;
    return putInt(ctx.mem, argp, 0);
  }

  readv(ctx: IoCtx, _req: IoRequest, finish: Finish): void {
    finish(ctx, -Errno.EBADF);
  }

  /**
   * Writes everything (short I/O may cut writes above PIPE_BUF). A null segment stops the copy:
   * the whole pages before it are written (as into an empty pipe), else EFAULT.
   */
  writev(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    const total = req.buf.total;
    if (total === 0) return finish(ctx, 0);
    const limit = total > Linux.PIPE_BUF ? Math.max(1, ctx.sched.shortIoLength(total)) : total;
    const bytes = req.buf.take(limit);
    const written = bytes.length === limit ? limit : bytes.length - (bytes.length % Linux.PAGE_SIZE);
    if (written > 0) this.sink(bytes.slice(0, written));
    finish(ctx, written > 0 ? written : -Errno.EFAULT);
  }
}
