/**
 * Test harness for the fd layer: a fake program memory, a fake cooperative scheduler implementing
 * `Blocking<IoCtx>` with several threads, virtual time and deadlock detection, and helpers that
 * start an operation on a thread and record its result.
 *
 * ```ts
 * const h = new Harness();
 * const [r, w] = h.pipe();
 * const read = h.start(1, (ctx, fin) => h.fds.read(ctx, r, h.buf(5), 5, fin)); // blocks
 * h.start(2, (ctx, fin) => h.fds.write(ctx, w, h.bytes("hello"), 5, fin));
 * h.settle();
 * assert.equal(read.result, 5);
 * ```
 */

import { UndefinedBehavior } from "../errors.ts";
import type { Blocking, BlockRequest, ThreadId, Waiter, WakeCause } from "../sched/api.ts";
import type { Finish, IoCtx, ProgramMemory } from "./api.ts";
import { FdLayer } from "./syscalls.ts";

/** Program memory backed by one Uint8Array at `base`; address 0 and out-of-range accesses throw. */
export class FakeMemory implements ProgramMemory {
  readonly bytes: Uint8Array;
  private next: number;

  constructor(readonly base = 0x10000, size = 1 << 22) {
    this.bytes = new Uint8Array(size);
    this.next = base;
  }

  /** Reserves `len` zeroed bytes (8-aligned) and returns their address. */
  alloc(len: number): number {
    const addr = this.next;
    this.next += Math.ceil(Math.max(len, 1) / 8) * 8;
    if (this.next > this.base + this.bytes.length) throw new Error("FakeMemory exhausted");
    return addr;
  }

  read(addr: number, len: number): Uint8Array {
    return this.view(addr, len, "reading").slice();
  }

  write(addr: number, data: Uint8Array): void {
    this.view(addr, data.length, "writing").set(data);
  }

  private view(addr: number, len: number, what: string): Uint8Array {
    if (addr < this.base || addr + len > this.base + this.bytes.length) {
      throw new UndefinedBehavior(`${what} ${len} bytes at invalid address 0x${addr.toString(16)}`);
    }
    return this.bytes.subarray(addr - this.base, addr - this.base + len);
  }
}

/** A parked thread: its waiter and request. */
interface Parked {
  waiter: FakeWaiter;
  req: BlockRequest<IoCtx>;
}

class FakeWaiter implements Waiter {
  done = false;
  cause: WakeCause = "woken";

  constructor(readonly thread: ThreadId, private readonly sched: FakeScheduler) {}

  wake(cause: WakeCause): void {
    if (this.done) return;
    this.done = true;
    this.cause = cause;
    this.sched.makeRunnable(this);
  }
}

/** A cooperative scheduler over fake threads with virtual time (ns). */
export class FakeScheduler implements Blocking<IoCtx> {
  private time = 0;
  private current: ThreadId | undefined;
  private readonly parked = new Map<ThreadId, Parked>();
  private readonly runnable: FakeWaiter[] = [];
  /** Set when `settle` finds blocked threads with nothing able to wake them. */
  deadlocked = false;
  /** The short-I/O policy (identity by default). */
  shortIo: (len: number) => number = (len) => len;

  constructor(readonly mem: FakeMemory) {}

  now(): number {
    return this.time;
  }

  shortIoLength(len: number): number {
    return len === 0 ? 0 : Math.min(len, Math.max(1, this.shortIo(len)));
  }

  /** The context of thread `t`. */
  ctx(t: ThreadId): IoCtx {
    return { mem: this.mem, sched: this, thread: t };
  }

  /** Runs `fn` as thread `t` (which must not be blocked). */
  runAs(t: ThreadId, fn: (ctx: IoCtx) => void): void {
    if (this.parked.has(t)) throw new Error(`thread ${t} is blocked`);
    const prev = this.current;
    this.current = t;
    try {
      fn(this.ctx(t));
    } finally {
      this.current = prev;
    }
  }

  block(req: BlockRequest<IoCtx>): void {
    const t = this.current;
    if (t === undefined) throw new Error("block outside a running thread");
    if (this.parked.has(t)) throw new Error(`thread ${t} blocked twice`);
    const waiter = new FakeWaiter(t, this);
    for (const q of req.queues) q.add(waiter);
    this.parked.set(t, { waiter, req });
  }

  /** Called by a waiter when woken. */
  makeRunnable(w: FakeWaiter): void {
    const p = this.parked.get(w.thread);
    if (p) { for (const q of p.req.queues) q.remove(w); }
    this.runnable.push(w);
  }

  /** The block reason of thread `t`, if blocked. */
  blockedReason(t: ThreadId): string | undefined {
    return this.parked.get(t)?.req.reason;
  }

  /** Threads currently blocked. */
  blockedThreads(): ThreadId[] {
    return [...this.parked.keys()].filter((t) => !this.parked.get(t)!.waiter.done);
  }

  /**
   * Runs woken threads until none is runnable; then, if `advanceTime`, jumps virtual time to the
   * earliest deadline and continues. Sets `deadlocked` if threads stay blocked with no deadline.
   */
  settle(advanceTime = true): void {
    for (;;) {
      const w = this.runnable.shift();
      if (w) {
        const p = this.parked.get(w.thread)!;
        this.parked.delete(w.thread);
        this.runAs(w.thread, (ctx) => p.req.onWake(ctx, w.cause));
        continue;
      }
      if (!advanceTime) return;
      let next: Parked | undefined;
      for (const p of this.parked.values()) {
        if (p.req.deadline !== undefined && (!next || p.req.deadline < next.req.deadline!)) next = p;
      }
      if (!next) {
        this.deadlocked = this.parked.size > 0;
        return;
      }
      this.time = Math.max(this.time, next.req.deadline!);
      next.waiter.wake("timeout");
    }
  }

  /** Advances virtual time by `ns`, waking threads whose deadline passed, and runs them. */
  advance(ns: number): void {
    this.time += ns;
    for (const p of [...this.parked.values()]) {
      if (p.req.deadline !== undefined && p.req.deadline <= this.time) p.waiter.wake("timeout");
    }
    this.settle(false);
  }
}

/** The outcome of an operation started with `Harness.start`. */
export class Outcome {
  result: number | undefined;
  /** Virtual time at completion. */
  at: number | undefined;

  /** True once finish was called. */
  get done(): boolean {
    return this.result !== undefined;
  }
}

/** An FdLayer over fake memory and a fake scheduler, with byte sinks and helpers. */
export class Harness {
  readonly mem = new FakeMemory();
  readonly sched = new FakeScheduler(this.mem);
  readonly stdout: number[] = [];
  readonly stderr: number[] = [];
  readonly fds: FdLayer;

  constructor(stdin: Uint8Array | string = new Uint8Array()) {
    const input = typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin;
    this.fds = new FdLayer({
      stdin: input,
      stdout: (b) => b.forEach((x) => this.stdout.push(x)),
      stderr: (b) => b.forEach((x) => this.stderr.push(x)),
    });
  }

  /** The context of thread `t` (default: main thread 1). */
  ctx(t: ThreadId = 1): IoCtx {
    return this.sched.ctx(t);
  }

  /** Runs a synchronous syscall as thread `t` and returns its result. */
  sync(fn: (ctx: IoCtx) => number, t: ThreadId = 1): number {
    let r = 0;
    this.sched.runAs(t, (ctx) => r = fn(ctx));
    return r;
  }

  /** Starts an operation on thread `t`; the returned outcome fills in when `finish` runs. */
  start(t: ThreadId, fn: (ctx: IoCtx, finish: Finish) => void): Outcome {
    const out = new Outcome();
    this.sched.runAs(t, (ctx) =>
      fn(ctx, (c, r) => {
        if (out.done) throw new Error("finish called twice");
        if (c.thread !== t) throw new Error(`finish on thread ${c.thread}, expected ${t}`);
        out.result = r;
        out.at = c.sched.now();
      }));
    return out;
  }

  /** Starts an operation on thread `t`, requires it to complete at once, and returns its result. */
  now(fn: (ctx: IoCtx, finish: Finish) => void, t: ThreadId = 1): number {
    const out = this.start(t, fn);
    if (!out.done) throw new Error(`operation blocked: ${this.sched.blockedReason(t)}`);
    return out.result!;
  }

  /** Runs woken threads (and advances virtual time to deadlines). */
  settle(): void {
    this.sched.settle();
  }

  /** A fresh buffer of `len` bytes; returns its address. */
  buf(len: number): number {
    return this.mem.alloc(len);
  }

  /** A buffer holding `data` (a string is UTF-8 encoded); returns its address. */
  bytes(data: string | Uint8Array): number {
    const b = typeof data === "string" ? new TextEncoder().encode(data) : data;
    const addr = this.mem.alloc(b.length);
    this.mem.write(addr, b);
    return addr;
  }

  /** `len` bytes of program memory at `addr` as a string. */
  text(addr: number, len: number): string {
    return new TextDecoder().decode(this.mem.read(addr, len));
  }

  /** The i32 at `addr`. */
  int(addr: number): number {
    return new DataView(this.mem.read(addr, 4).buffer).getInt32(0, true);
  }

  /** Creates a pipe with pipe2 flags; returns [read fd, write fd]. */
  pipe(flags = 0): [number, number] {
    const at = this.buf(8);
    const r = this.sync((ctx) => this.fds.pipe2(ctx, at, flags));
    if (r !== 0) throw new Error(`pipe2 failed: ${r}`);
    return [this.int(at), this.int(at + 4)];
  }

  /** Creates an AF_UNIX socketpair of `type`; returns the two fds. */
  socketpair(type = 1): [number, number] {
    const at = this.buf(8);
    const r = this.sync((ctx) => this.fds.socketpair(ctx, 1, type, 0, at));
    if (r !== 0) throw new Error(`socketpair failed: ${r}`);
    return [this.int(at), this.int(at + 4)];
  }

  /** write(fd, data) on thread `t`, required to complete at once. */
  put(fd: number, data: string | Uint8Array, t: ThreadId = 1): number {
    const b = typeof data === "string" ? new TextEncoder().encode(data) : data;
    const at = this.bytes(b);
    return this.now((ctx, fin) => this.fds.write(ctx, fd, at, b.length, fin), t);
  }

  /** read(fd, len) on thread `t`, required to complete at once; returns [result, text read]. */
  get(fd: number, len: number, t: ThreadId = 1): [number, string] {
    const at = this.buf(len);
    const r = this.now((ctx, fin) => this.fds.read(ctx, fd, at, len, fin), t);
    return [r, r > 0 ? this.text(at, r) : ""];
  }

  /** FIONREAD on `fd`. */
  fionread(fd: number): number {
    const at = this.buf(4);
    const r = this.sync((ctx) => this.fds.ioctl(ctx, fd, 0x541b, at));
    return r < 0 ? r : this.int(at);
  }

  /** poll() of one fd with timeout 0; returns revents (or a negative errno). */
  revents(fd: number, events: number): number {
    const at = this.buf(8);
    const v = new DataView(new ArrayBuffer(8));
    v.setInt32(0, fd, true);
    v.setInt16(4, events, true);
    this.mem.write(at, new Uint8Array(v.buffer));
    const r = this.now((ctx, fin) => this.fds.poll(ctx, at, 1, 0, fin));
    return r < 0 ? r : new DataView(this.mem.read(at + 6, 2).buffer).getUint16(0, true);
  }

  /** Writes zero bytes in `chunk`-sized writes until one is short or fails; returns the total written. */
  fill(fd: number, chunk: number): number {
    const at = this.buf(chunk);
    let total = 0;
    for (;;) {
      const r = this.now((ctx, fin) => this.fds.write(ctx, fd, at, chunk, fin));
      if (r <= 0) return total;
      total += r;
      if (r < chunk) return total;
    }
  }
}
