/**
 * Threads, blocking and wake-ups, schedules and virtual time.
 *
 * The scheduler never knows what a pipe or a mutex is: operations block through `block()` with a
 * reason, wait queues, an optional deadline and a callback, and are woken through their queues.
 * It decides which runnable thread runs next: round-robin with a fixed quantum by default, or a
 * seeded pseudo-random choice at every scheduling point, so that a seed reproduces a run exactly.
 * When every live thread is blocked, the virtual clock jumps to the earliest deadline; if there is
 * none, the run is deadlocked.
 */

import { Rng } from "../util/rng.ts";
import type { Blocking, BlockRequest, ThreadId, Waiter, WaitQueue, WakeCause } from "./api.ts";

/** Lifecycle of a thread. */
export type ThreadState = "runnable" | "blocked" | "done";

/** A thread as the scheduler sees it; `data` is the interpreter's per-thread state. */
export class SchedThread<T = unknown> {
  state: ThreadState = "runnable";
  /** The current wait, while blocked. */
  wait?: ParkedWait;
  /** A callback to run (with the wake cause) before the thread executes again. */
  pendingWake?: { run: (cause: WakeCause) => void; cause: WakeCause };
  /** Threads blocked in `join` on this one. */
  readonly joiners: WaitQueue;
  constructor(readonly id: ThreadId, readonly name: string | undefined, public data: T, joiners: WaitQueue) {
    this.joiners = joiners;
  }
  /** How the thread is named in messages: `'main'` or `'<unnamed>'`. */
  get label(): string {
    return this.name ?? "<unnamed>";
  }
}

/** A blocked thread's wait: reason, queues, deadline. */
export class ParkedWait implements Waiter {
  done = false;
  constructor(
    readonly threadObj: SchedThread,
    readonly reason: string,
    readonly queues: WaitQueue[],
    readonly deadline: number | undefined,
    readonly onWake: (cause: WakeCause) => void,
    private readonly sched: Scheduler<unknown>,
  ) {}
  get thread(): ThreadId {
    return this.threadObj.id;
  }
  wake(cause: WakeCause): void {
    if (this.done) return;
    this.done = true;
    for (const q of this.queues) q.remove(this);
    this.sched.makeRunnable(this.threadObj, this.onWake, cause);
  }
}

/** Scheduling options. */
export interface ScheduleOptions {
  /** Pseudo-random scheduling seed; undefined means deterministic round-robin. */
  seed?: number;
  /** Steps per time slice for round-robin (default 2000). */
  quantum?: number;
  /** Make pipe and socket transfers shorter than asked, chosen by the seed. */
  shortIo?: boolean;
}

/** One thread in a deadlock report. */
export interface BlockedThreadInfo {
  id: ThreadId;
  name: string;
  reason: string;
}

/** The scheduler. `Ctx` is the context passed to wake-up callbacks (the interpreter's). */
export class Scheduler<Ctx> implements Blocking<Ctx> {
  readonly threads: SchedThread[] = [];
  /** The thread currently executing. */
  current: SchedThread | undefined;
  private time = 0;
  private readonly rng: Rng | undefined;
  private readonly ioRng: Rng | undefined;
  private rrIndex = 0;
  private nextId = 1;
  /** Number of scheduling decisions taken (for traces and tests). */
  decisions = 0;
  /** A short hash of the sequence of threads chosen, to tell interleavings apart. */
  traceHash = 0x811c9dc5;

  constructor(
    readonly opts: ScheduleOptions,
    private readonly ctxOf: (t: SchedThread) => Ctx,
    private readonly makeQueue: (label: string) => WaitQueue,
  ) {
    if (opts.seed !== undefined) this.rng = new Rng(opts.seed);
    if (opts.shortIo) this.ioRng = new Rng((opts.seed ?? 0) ^ 0x5bd1e995);
  }

  /** Creates a runnable thread. */
  spawn<T>(name: string | undefined, data: T): SchedThread<T> {
    const id = this.nextId++;
    const t = new SchedThread<T>(id, name, data, this.makeQueue(`join(thread ${id})`));
    this.threads.push(t as SchedThread);
    return t;
  }

  /** Current virtual time in nanoseconds. */
  now(): number {
    return this.time;
  }

  /** Steps the next slice may run: a fixed quantum, or a seeded random one. */
  quantum(): number {
    const q = this.opts.quantum ?? 2000;
    return this.rng ? 1 + this.rng.below(2 * q) : q;
  }

  /** Blocks the current thread. */
  block(req: BlockRequest<Ctx>): void {
    const t = this.current;
    if (!t) throw new Error("block() outside a running thread");
    const w = new ParkedWait(
      t,
      req.reason,
      req.queues,
      req.deadline,
      (cause) => req.onWake(this.ctxOf(t), cause),
      this as Scheduler<unknown>,
    );
    for (const q of req.queues) q.add(w);
    t.state = "blocked";
    t.wait = w;
  }

  /** Makes a woken thread runnable with its callback pending. */
  makeRunnable(t: SchedThread, run: (cause: WakeCause) => void, cause: WakeCause): void {
    t.wait = undefined;
    t.state = "runnable";
    t.pendingWake = { run, cause };
  }

  /** Marks the current thread finished and wakes its joiners. */
  finish(t: SchedThread): void {
    t.state = "done";
    t.joiners.wakeAll();
  }

  /** Bytes a pipe or socket transfer of `len` bytes moves (seeded when short I/O is on). */
  shortIoLength(len: number): number {
    if (!this.ioRng || len <= 1) return len;
    return this.ioRng.chance(0.5) ? len : 1 + this.ioRng.below(len);
  }

  /** True when a seed drives the schedule (then every scheduling point may switch threads). */
  get randomized(): boolean {
    return this.rng !== undefined;
  }

  /**
   * Chooses the thread to run next. Returns a thread, or a deadlock report when every live thread
   * is blocked without a deadline, or undefined when no live thread remains.
   */
  pick(): SchedThread | { deadlock: BlockedThreadInfo[] } | undefined {
    this.expireDeadlines();
    for (;;) {
      const runnable = this.threads.filter((t) => t.state === "runnable");
      if (runnable.length > 0) {
        let t: SchedThread;
        if (this.rng) t = runnable[this.rng.below(runnable.length)];
        else {
          // Round-robin: the first runnable thread after the last one chosen.
          const ids = this.threads;
          let chosen: SchedThread | undefined;
          for (let k = 1; k <= ids.length; k++) {
            const cand = ids[(this.rrIndex + k) % ids.length];
            if (cand.state === "runnable") {
              chosen = cand;
              this.rrIndex = (this.rrIndex + k) % ids.length;
              break;
            }
          }
          t = chosen!;
        }
        this.decisions++;
        this.traceHash = Math.imul(this.traceHash ^ t.id, 0x01000193) >>> 0;
        return t;
      }
      const blocked = this.threads.filter((t) => t.state === "blocked");
      if (blocked.length === 0) return undefined;
      const deadlines = blocked.map((t) => t.wait?.deadline).filter((d): d is number => d !== undefined);
      if (deadlines.length === 0) {
        return {
          deadlock: blocked.map((t) => ({ id: t.id, name: t.label, reason: t.wait?.reason ?? "unknown" })),
        };
      }
      // Every live thread is blocked: jump to the earliest deadline and time those waits out.
      const next = Math.min(...deadlines);
      if (next > this.time) this.time = next;
      for (const t of blocked) {
        if (t.wait && t.wait.deadline !== undefined && t.wait.deadline <= this.time) t.wait.wake("timeout");
      }
    }
  }

  /** Runs a thread's pending wake-up callback, if any (called before it executes again). */
  runPendingWake(t: SchedThread): void {
    const p = t.pendingWake;
    if (!p) return;
    t.pendingWake = undefined;
    p.run(p.cause);
  }

  /**
   * Advances the clock while threads run: the interpreter charges virtual time for executed steps,
   * so a thread spinning on a flag set after another thread's `sleep` eventually sees it.
   */
  advance(ns: number): void {
    this.time += ns;
  }

  /** Expires waits whose deadline has passed (called when time advances while threads run). */
  expireDeadlines(): void {
    for (const t of this.threads) {
      if (t.state === "blocked" && t.wait?.deadline !== undefined && t.wait.deadline <= this.time) {
        t.wait.wake("timeout");
      }
    }
  }

  /** The ids of threads that are still alive. */
  live(): SchedThread[] {
    return this.threads.filter((t) => t.state !== "done");
  }
}
