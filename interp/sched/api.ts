/**
 * The scheduler's blocking interface, as seen by the fd layer and the std shims.
 *
 * An operation that cannot complete now calls `block` for the current thread with a reason, the
 * wait queues whose events could let it progress, an optional deadline in virtual time, and a
 * callback. The thread stops running. When some other thread makes progress possible it calls
 * `wakeAll`/`wakeOne` on a queue; the blocked thread becomes runnable, and when the scheduler next
 * runs it, it first calls the callback with that thread's context. The callback finishes the
 * operation (copies bytes, sets the return value and errno) or blocks again.
 *
 * ```ts
 * // inside a description's read():
 * if (this.buffer.length === 0) {
 *   ctx.sched.block({
 *     reason: `read(fd ${fd}: pipe read end, ${len} bytes)`,
 *     queues: [this.readWaiters],
 *     onWake: (ctx2) => this.read(self, ctx2, buf, len, finish), // retry; may block again
 *   });
 *   return;
 * }
 * ```
 */

/** Identifies a thread of the interpreted program (main is 1). */
export type ThreadId = number;

/** Why a blocked thread woke: an event on one of its queues, or its deadline passed. */
export type WakeCause = "woken" | "timeout";

/** What a thread is waiting for; `onWake` runs with the context of the woken thread. */
export interface BlockRequest<Ctx> {
  /** Shown in deadlock reports, e.g. `read(fd 3: pipe read end, 5 bytes)` or `join(thread 2)`. */
  reason: string;
  /** Queues whose `wake*` calls make this thread runnable. May be empty when only a deadline applies. */
  queues: WaitQueue[];
  /** Absolute virtual time (nanoseconds) at which the wait ends with cause `timeout`. */
  deadline?: number;
  /** Finishes (or re-blocks) the operation; called once, when the thread next runs. */
  onWake: (ctx: Ctx, cause: WakeCause) => void;
}

/** A waiter parked on one or more queues. Created by the scheduler; opaque to the fd layer. */
export interface Waiter {
  readonly thread: ThreadId;
  /** True once woken or timed out; a waiter is woken at most once. */
  readonly done: boolean;
  /** Called by a queue to wake this waiter; the scheduler removes it from its other queues. */
  wake(cause: WakeCause): void;
}

/**
 * A FIFO of waiters on one object (a pipe's readers, an eventfd's writers, an epoll instance, a
 * mutex…). Waking is O(number of woken waiters).
 */
export class WaitQueue {
  private waiters: Waiter[] = [];
  private head = 0;

  constructor(readonly label: string) {}

  /** Parks `w` at the back of the queue. */
  add(w: Waiter): void {
    this.waiters.push(w);
  }

  /** Removes `w` if present (used when it was woken through another queue or timed out). */
  remove(w: Waiter): void {
    const i = this.waiters.indexOf(w, this.head);
    if (i >= 0) this.waiters.splice(i, 1);
    this.compact();
  }

  /** Number of waiters still parked. */
  get size(): number {
    return this.waiters.length - this.head;
  }

  /** Wakes every parked waiter, oldest first; returns how many were woken. */
  wakeAll(): number {
    let n = 0;
    while (this.head < this.waiters.length) {
      const w = this.waiters[this.head++];
      if (!w.done) {
        w.wake("woken");
        n++;
      }
    }
    this.compact();
    return n;
  }

  /** Wakes the oldest parked waiter, if any; returns whether one was woken. */
  wakeOne(): boolean {
    while (this.head < this.waiters.length) {
      const w = this.waiters[this.head++];
      if (!w.done) {
        w.wake("woken");
        this.compact();
        return true;
      }
    }
    this.compact();
    return false;
  }

  /** The threads parked here, oldest first (for deadlock reports and tests). */
  threads(): ThreadId[] {
    return this.waiters.slice(this.head).filter((w) => !w.done).map((w) => w.thread);
  }

  private compact(): void {
    if (this.head > 32 && this.head * 2 > this.waiters.length) {
      this.waiters = this.waiters.slice(this.head);
      this.head = 0;
    }
    if (this.head === this.waiters.length) {
      this.waiters.length = 0;
      this.head = 0;
    }
  }
}

/** The part of the scheduler that blocking operations use. */
export interface Blocking<Ctx> {
  /** Current virtual time in nanoseconds (starts at 0, advances only by the scheduler). */
  now(): number;
  /** Blocks the current thread (the one whose context is executing) until woken or the deadline. */
  block(req: BlockRequest<Ctx>): void;
  /**
   * Pseudo-random choice for `shortIo`: how many of `len` bytes a pipe or socket transfer moves
   * (at least 1 when `len > 0`). Returns `len` unless short I/O is enabled for this run.
   */
  shortIoLength(len: number): number;
}
