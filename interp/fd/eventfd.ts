/**
 * eventfd: a u64 counter (BigInt) read and written 8 bytes at a time, as in Linux's `fs/eventfd.c`.
 * Reads return the counter and reset it (semaphore mode: return 1 and decrement), blocking or
 * EAGAIN at 0; writes add, blocking or EAGAIN when the sum would pass 0xfffffffffffffffe. Blocked
 * readers, writers and poll/epoll watchers share one queue: a read wakes it with POLLOUT, a write
 * (even of 0) with POLLIN.
 */

import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import { Description, type FileOps, type IoRequest, type PollBits } from "./desc.ts";
import { EventQueue } from "./events.ts";
import { u64Bytes, u64Of } from "./memory_words.ts";

/** 0xffffffffffffffff: never a valid counter or written value. */
export const EVENTFD_ULLONG_MAX = (1n << 64n) - 1n;

/** eventfd's file operations: read_iter (one transfer per readv), but a plain write (per segment). */
const EVENTFD_OPS: FileOps = {
  read: true,
  write: true,
  readVector: "iter",
  writeVector: "segments",
  direct: false,
  async: false,
};

/** The flags eventfd() accepts. */
export const EVENTFD_FLAGS = Linux.EFD_SEMAPHORE | Linux.EFD_NONBLOCK | Linux.EFD_CLOEXEC;

/** One eventfd description. */
export class EventFd extends Description {
  readonly kind = "eventfd";
  readonly ops = EVENTFD_OPS;
  protected override readonly pollBits: PollBits = { readable: Linux.POLLIN, writable: Linux.POLLOUT };
  private readonly queue = new EventQueue("eventfd");
  private readonly semaphore: boolean;

  /** `initval` is the u32 eventfd() argument; `flags` were validated against EVENTFD_FLAGS. */
  constructor(public counter: bigint, flags: number) {
    super(Linux.O_RDWR | (flags & Linux.EFD_NONBLOCK));
    this.semaphore = (flags & Linux.EFD_SEMAPHORE) !== 0;
  }

  readiness(): Readiness {
    return {
      readable: this.counter > 0n,
      writable: this.counter < EVENTFD_ULLONG_MAX - 1n,
      hup: false,
      rdhup: false,
      err: this.counter === EVENTFD_ULLONG_MAX,
    };
  }

  watchQueue(): EventQueue {
    return this.queue;
  }

  /** Needs 8 bytes (EINVAL); takes the value, wakes writers, then copies out (EFAULT loses it). */
  readv(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    if (req.buf.total < 8) return finish(ctx, -Errno.EINVAL);
    if (!this.readiness().readable) {
      if (this.nonBlocking) return finish(ctx, -Errno.EAGAIN);
      ctx.sched.block({ reason: req.reason, queues: [this.queue.threads], onWake: (c) => this.readv(c, req, finish) });
      return;
    }
    const value = this.semaphore ? 1n : this.counter;
    this.counter -= value;
    this.queue.wake(Linux.POLLOUT);
    finish(ctx, req.buf.put(u64Bytes(value)) === 8 ? 8 : -Errno.EFAULT);
  }

  /** Needs exactly 8 bytes (EINVAL); 0xffffffffffffffff is EINVAL; blocks while it would overflow. */
  writev(ctx: IoCtx, req: IoRequest, finish: Finish): void {
    if (req.buf.total !== 8) return finish(ctx, -Errno.EINVAL);
    const bytes = req.buf.take(8);
    if (bytes.length < 8) return finish(ctx, -Errno.EFAULT);
    this.add(ctx, u64Of(bytes), req.reason, finish);
  }

  private add(ctx: IoCtx, value: bigint, reason: string, finish: Finish): void {
    if (value === EVENTFD_ULLONG_MAX) return finish(ctx, -Errno.EINVAL);
    if (EVENTFD_ULLONG_MAX - this.counter <= value) {
      if (this.nonBlocking) return finish(ctx, -Errno.EAGAIN);
      ctx.sched.block({ reason, queues: [this.queue.threads], onWake: (c) => this.add(c, value, reason, finish) });
      return;
    }
    this.counter += value;
    this.queue.wake(Linux.POLLIN);
    finish(ctx, 8);
  }

  protected releaseResources(_ctx: IoCtx): void {}
}
