/**
 * The abstract machine: memory, threads and their frames, the execution loop, calls and returns,
 * panics and unwinding, process exit, and error reporting with locations.
 *
 * Compiled MIR (see codegen.ts) calls the methods marked "called from generated code".
 */

import { type ErrorLocation, InternalError, InterpError, UndefinedBehavior } from "../errors.ts";
import type { IoCtx } from "../fd/api.ts";
import { FdLayer } from "../fd/syscalls.ts";
import type { ConstValue, Operand, SrcSpan, Terminator } from "../mir/ast.ts";
import { LineTable } from "../mir/cursor.ts";
import { WaitQueue } from "../sched/api.ts";
import { type SchedThread, Scheduler } from "../sched/scheduler.ts";
import { PENDING } from "../shims/api.ts";
import { ShimRegistry } from "../shims/registry.ts";
import { type Callee, compileInstance } from "./codegen.ts";
import { resolveCall } from "./calls.ts";
import { constValue } from "./consts.ts";
import { DropGlue } from "./drop.ts";
import { DynTables } from "./dyn.ts";
import { type AnyFrame, Frame, NativeFrame, type NativeRequest, type PanicPayload, Ret, ThreadData } from "./frames.ts";
import { Instance } from "./instance.ts";
import * as ints from "./ints.ts";
import { layoutOf, type TagEncoding } from "./layout.ts";
import { Memory } from "./memory.ts";
import type { FnInfo, Program } from "./program.ts";
import { type RType, showType } from "./types.ts";
import { assertMessage, panicLocation, type PanicSite } from "./panic.ts";

/** How a run ended. */
/** The step limit of a run that sets none (`--max-steps`; the conformance harness uses it too). */
export const DEFAULT_MAX_STEPS = 200_000_000;

export type Outcome =
  | "exited"
  | "panicked"
  | "aborted"
  | "unsupported"
  | "ub"
  | "deadlock"
  | "step-limit"
  | "stack-overflow"
  | "memory-limit"
  | "mir-syntax"
  | "invalid-mir"
  | "error";

/** The outcome a run ends with when it fails with error `e`. */
export function outcomeOf(e: InterpError): Outcome {
  switch (e.kind) {
    case "MirSyntaxError":
      return "mir-syntax";
    case "InvalidMir":
      return "invalid-mir";
    case "Unsupported":
      return "unsupported";
    case "UndefinedBehavior":
      return "ub";
    case "Deadlock":
      return "deadlock";
    case "StepLimit":
      return "step-limit";
    case "StackOverflow":
      return "stack-overflow";
    case "MemoryLimit":
      return "memory-limit";
    default:
      return "error";
  }
}

/** Options of one run. */
export interface RunOptions {
  stdin?: Uint8Array;
  args?: string[];
  seed?: number;
  quantum?: number;
  shortIo?: boolean;
  maxSteps?: number;
  memoryLimit?: number;
  maxStackDepth?: number;
  stdout?: (b: Uint8Array) => void;
  stderr?: (b: Uint8Array) => void;
  /** Receives one line per executed call or fd operation. */
  trace?: (line: string) => void;
}

/** The result of a run. */
export interface RunOutcome {
  exitCode: number;
  outcome: Outcome;
  steps: number;
  error?: InterpError;
  /** Hash of the sequence of scheduling decisions (distinct interleavings have distinct hashes). */
  scheduleHash: number;
  /** Virtual time at the end of the run, in nanoseconds. */
  virtualNs: number;
}

/** A Rust panic unwinding through JS frames (thrown by shims and caught by the run loop). */
export class RustPanic {
  constructor(readonly payload: PanicPayload) {}
}

/** Ends the process with a status (main returned, `process::exit`, abort). */
export class ProcessExit {
  constructor(readonly code: number, readonly outcome: Outcome) {}
}

const ENCODER = new TextEncoder();

/** Whether `FDC_DEBUG` asks for JavaScript stacks in internal-error reports. */
function debugEnabled(): boolean {
  try {
    return !!Deno.env.get("FDC_DEBUG");
  } catch {
    return false;
  }
}
/** Virtual nanoseconds charged per executed step. */
const NS_PER_STEP = 10;

/** The machine running one program. */
export class Machine {
  readonly mem: Memory;
  readonly tt;
  readonly intOps = ints;
  readonly sched: Scheduler<IoCtx>;
  readonly fds: FdLayer;
  readonly shims: ShimRegistry;
  readonly dyn: DynTables;
  readonly drops: DropGlue;
  private lineTable: LineTable | undefined;
  private readonly mirText: string | undefined;
  /** Line positions of the MIR text, built on first use (only error reports need them). */
  get lines(): LineTable | undefined {
    if (!this.lineTable && this.mirText !== undefined) this.lineTable = new LineTable(this.mirText);
    return this.lineTable;
  }
  /** Steps executed so far. */
  steps = 0;
  /** Steps at which the current slice ends (generated code returns when `steps` passes it). */
  limit = 0;
  readonly maxSteps: number;
  readonly maxDepth: number;
  cur!: SchedThread<ThreadData>;
  private scratchAlloc: { base: number; size: number } | undefined;
  /** Whether a panic message has printed the RUST_BACKTRACE note already (printed once per process). */
  backtraceNoteShown = false;
  readonly tracing: ((line: string) => void) | undefined;
  /** Per-machine state of shim families (channels, mutex queues, …), keyed by family. */
  readonly ext = new Map<string, unknown>();
  /** Compiled instances; per machine, because compiled code embeds this machine's shims and addresses. */
  private readonly insts = new Map<string, Instance>();
  private readonly outErr: (b: Uint8Array) => void;

  constructor(readonly prog: Program, readonly opts: RunOptions, mirText?: string) {
    this.tt = prog.tt;
    this.mem = new Memory(opts.memoryLimit ?? 1 << 30);
    this.maxSteps = opts.maxSteps ?? DEFAULT_MAX_STEPS;
    this.maxDepth = opts.maxStackDepth ?? 20_000;
    this.mirText = mirText;
    this.tracing = opts.trace;
    const out = opts.stdout ?? (() => {});
    this.outErr = opts.stderr ?? (() => {});
    this.fds = new FdLayer({ stdin: opts.stdin ?? new Uint8Array(0), stdout: out, stderr: this.outErr });
    this.sched = new Scheduler<IoCtx>(
      { seed: opts.seed, quantum: opts.quantum, shortIo: opts.shortIo },
      (t) => this.ioCtx(t as SchedThread<ThreadData>),
      (label) => new WaitQueue(label),
    );
    this.shims = new ShimRegistry(this);
    this.dyn = new DynTables(this);
    this.drops = new DropGlue(this);
  }

  // --- instances --------------------------------------------------------------------------------------

  /** The instance of `info` for generic arguments `env` (prepared, compiled on first entry). */
  instance(info: FnInfo, env: ReadonlyMap<string, RType>, keepLocals = false): Instance {
    const args = info.params.map((p) => env.get(p)?.key ?? "?");
    const key = `${info.name}<${args.join(",")}>${keepLocals ? "!const" : ""}`;
    let inst = this.insts.get(key);
    if (!inst) {
      const shown = info.params.length
        ? `${info.name}::<${info.params.map((p) => (env.get(p) ? showType(env.get(p)!) : p)).join(", ")}>`
        : info.name;
      inst = new Instance(this.prog, info, env, shown, keepLocals);
      this.insts.set(key, inst);
    }
    return inst;
  }

  // --- running ------------------------------------------------------------------------------------------

  /** Runs `main` to completion. Never throws: every failure becomes an outcome. */
  run(): RunOutcome {
    try {
      const main = this.prog.fnInfos.get("main");
      if (!main) throw new InterpError("Unsupported", "the program has no `fn main`");
      const mainInst = this.instance(main, new Map());
      const t = this.spawnThread("main", this.langStart(mainInst));
      void t;
      for (;;) {
        const next = this.sched.pick();
        if (next === undefined) throw new ProcessExit(0, "exited");
        if ("deadlock" in next) throw this.deadlockError(next.deadlock);
        this.runSlice(next as SchedThread<ThreadData>);
      }
    } catch (e) {
      return this.finish(e);
    }
  }

  private finish(e: unknown): RunOutcome {
    const base = { steps: this.steps, scheduleHash: this.sched.traceHash, virtualNs: this.sched.now() };
    if (e instanceof ProcessExit) {
      // std flushes its stdout buffer when the process exits normally, by `exit`, or after a
      // panic in main; aborts do not.
      if (e.outcome === "exited" || e.outcome === "panicked") this.flushStdoutAtExit();
      return { ...base, exitCode: e.code, outcome: e.outcome };
    }
    const err = e instanceof InterpError
      ? e
      : new InternalError(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    const outcome = outcomeOf(err);
    return { ...base, exitCode: -1, outcome, error: err };
  }

  /** Writes std's buffered stdout to fd 1 (best effort: a write that would block is dropped). */
  private flushStdoutAtExit(): void {
    const out = this.shims.fmt.stdout.take();
    if (!out.length || !this.cur) return;
    try {
      const a = this.mem.alloc(out.length, 1, "runtime", "stdout flush at exit");
      a.bytes.set(out);
      this.fds.write(this.io, 1, a.base, out.length, () => {});
    } catch {
      // Exiting anyway.
    }
  }

  /** The lang-start frame: runs `main`, then reports its `Termination` result. */
  private *langStart(mainInst: Instance): Generator<NativeRequest, unknown, unknown> {
    const retTy = mainInst.locals[0].ty;
    const l = layoutOf(retTy, this.tt);
    const dst = l.repr === "memory" ? this.mem.alloc(l.size, l.align, "runtime", "main's result").base : undefined;
    const r = yield { k: "call", inst: mainInst, args: [], dst };
    if (retTy.k === "adt" && retTy.def.name === "Result") {
      const isErr = this.variantOf(retTy, dst!) === 1;
      if (isErr) {
        // `Termination for Result`: prints `Error: {err:?}` to stderr and exits with 1.
        const errTy = retTy.args[1];
        const errAddr = dst! + layoutOf(retTy, this.tt).variants[1].fields[0].offset;
        const text = yield* this.shims.fmt.debugToString(errTy, errAddr);
        this.writeStderr(`Error: ${text}\n`);
        throw new ProcessExit(1, "exited");
      }
    } else if (retTy.k === "adt" && retTy.def.name === "ExitCode") {
      throw new ProcessExit(this.mem.readU8(dst!), "exited");
    }
    void r;
    throw new ProcessExit(0, "exited");
  }

  /** Creates a thread whose entry is a native frame running `entry`. */
  spawnThread(name: string | undefined, entry: Generator<NativeRequest, unknown, unknown>): SchedThread<ThreadData> {
    const data = new ThreadData(name);
    const t = this.sched.spawn(name, data);
    const errno = this.mem.alloc(4, 4, "thread-local", `errno of thread ${t.id}`);
    data.errnoAddr = errno.base;
    data.stack.push(new NativeFrame(name === "main" ? "lang_start" : "thread entry", entry));
    this.trace(`spawn thread ${t.id}${name ? ` '${name}'` : ""}`);
    return t;
  }

  private runSlice(t: SchedThread<ThreadData>): void {
    this.cur = t;
    this.sched.current = t;
    const start = this.steps;
    this.sched.runPendingWake(t);
    if (t.state !== "runnable") return this.endSlice(start);
    this.limit = Math.min(this.steps + this.sched.quantum(), this.maxSteps);
    const stack = t.data.stack;
    while (t.state === "runnable" && this.steps <= this.limit) {
      const f = stack[stack.length - 1];
      if (!f) {
        this.threadExited(t);
        break;
      }
      try {
        if (f.native) this.stepNative(f);
        else f.inst.run!(this, f);
      } catch (e) {
        this.onThrow(t, e);
      }
    }
    if (this.steps >= this.maxSteps && t.state === "runnable") {
      throw this.located(
        this.stepLimitError(),
        stack[stack.length - 1],
      );
    }
    this.endSlice(start);
  }

  private endSlice(start: number): void {
    this.sched.advance(Math.max(1, this.steps - start) * NS_PER_STEP);
  }

  /** A scheduling point: with a seeded schedule, the next block boundary may switch threads. */
  schedulingPoint(): void {
    if (this.sched.randomized) this.limit = -1;
  }

  /** Ends the current slice at the next block boundary (yield_now, after blocking). */
  endSliceNow(): void {
    this.limit = -1;
  }

  private threadExited(t: SchedThread<ThreadData>): void {
    this.sched.finish(t);
  }

  private onThrow(t: SchedThread<ThreadData>, e: unknown): void {
    if (e instanceof RustPanic) return this.unwind(t, e.payload);
    if (e instanceof ProcessExit) throw e;
    const stack = t.data.stack;
    const f = stack[stack.length - 1];
    if (e instanceof InterpError) throw this.located(e, f);
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw this.located(new InterpError("StackOverflow", "the interpreter's JavaScript stack overflowed"), f);
    }
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const err = new InternalError(`${msg} (an interpreter bug; set FDC_DEBUG=1 for its JavaScript stack)`);
    if (e instanceof Error && e.stack && debugEnabled()) {
      err.details = e.stack.split("\n").slice(1, 6).map((s) => `    ${s.trim()}`);
    }
    throw this.located(err, f);
  }

  /** Adds the MIR and Rust location of frame `f`'s current block to `e` (if it has none). */
  located(e: InterpError, f: AnyFrame | undefined): InterpError {
    if (e.location.mirFile !== undefined || e.location.rust) return e;
    const stack = this.cur?.data.stack ?? [];
    // Errors inside native frames are reported at the nearest compiled frame below them.
    let frame = f;
    for (let i = stack.length - 1; frame?.native && i >= 0; i--) frame = stack[i];
    if (frame && !frame.native) e.location = this.locationOf(frame);
    return e;
  }

  /** The location of the terminator of the block frame `f` is executing. */
  locationOf(f: Frame): ErrorLocation {
    return this.locationAt(f.inst.name, f.inst.body.blocks[f.cur]?.term);
  }

  /** The location of a statement or terminator of function `fn` (MIR file:line:col, Rust span). */
  locationAt(fn: string, node: { at: number; span?: SrcSpan } | undefined): ErrorLocation {
    const loc: ErrorLocation = { fn, mirFile: this.prog.file.path };
    if (node) {
      if (this.lines) {
        const p = this.lines.position(node.at);
        loc.line = p.line;
        loc.col = p.col;
      }
      if (node.span && node.span.line > 0) loc.rust = node.span;
    }
    return loc;
  }

  /** The Rust source span of frame `f`'s current terminator. */
  spanOf(f: Frame): SrcSpan | undefined {
    return f.inst.body.blocks[f.cur]?.term.span;
  }

  private deadlockError(blocked: { id: number; name: string; reason: string }[]): InterpError {
    const e = new InterpError("Deadlock", `every thread is blocked and none can wake the others`);
    e.details = blocked.map((b) => {
      const t = this.sched.threads.find((x) => x.id === b.id) as SchedThread<ThreadData> | undefined;
      const top = t ? this.topCompiled(t) : undefined;
      const span = top ? this.spanOf(top) : undefined;
      const at = span ? ` at ${span.file}:${span.line}:${span.col}` : "";
      return `  thread '${b.name}' (thread ${b.id}): blocked in ${b.reason}${at}`;
    });
    return e;
  }

  private topCompiled(t: SchedThread<ThreadData>): Frame | undefined {
    const s = t.data.stack;
    for (let i = s.length - 1; i >= 0; i--) {
      const f = s[i];
      if (!f.native) return f;
    }
    return undefined;
  }

  // --- frames (called from generated code) ----------------------------------------------------------

  /** Pushes a frame for `inst` returning into the caller's register `retIdx` or memory `retAddr`. */
  enter(inst: Instance, caller: AnyFrame, retIdx: number, retAddr: number): Frame {
    const stack = this.cur.data.stack;
    if (stack.length >= this.maxDepth) this.stackOverflow();
    if (!inst.run) inst.run = compileInstance(this, inst) as Instance["run"];
    inst.calls++;
    const g = new Frame(inst);
    const ml = inst.memLocals;
    for (let i = 0; i < ml.length; i++) {
      const m = ml[i];
      const a = this.mem.alloc(m.size, m.align, inst.keepLocals ? "const" : "stack", m.label);
      g.allocs.push(a);
      g.l[m.idx] = a.base;
    }
    g.retFrame = caller;
    g.retIdx = retIdx;
    g.retAddr = retAddr;
    stack.push(g);
    if (this.tracing) this.trace(`call ${inst.name}`);
    return g;
  }

  /** Pushes a frame and stores `args` (value convention) into its parameters. */
  enterWithArgs(inst: Instance, caller: AnyFrame, retIdx: number, retAddr: number, args: unknown[]): Frame {
    const g = this.enter(inst, caller, retIdx, retAddr);
    for (let i = 0; i < args.length; i++) {
      const info = inst.locals[i + 1];
      if (!info || info.kind === "zst") continue;
      if (info.kind === "reg") g.l[i + 1] = args[i];
      else this.storeValue(g.l[i + 1] as number, info.ty, args[i]);
    }
    return g;
  }

  /** Returns from `f`: delivers `_0` to the caller and frees the frame's locals. */
  ret(f: Frame): void {
    const stack = this.cur.data.stack;
    stack.pop();
    const inst = f.inst;
    switch (f.retIdx) {
      case Ret.Discard:
        break;
      case Ret.Memory:
        this.storeValue(f.retAddr, inst.locals[0].ty, this.retValue(f));
        break;
      case Ret.Callback:
        f.retFn!(this.retValue(f));
        break;
      default:
        (f.retFrame as Frame).l[f.retIdx] = this.retValue(f);
    }
    if (!inst.keepLocals) { for (const a of f.allocs) this.mem.release(a); }
  }

  /** `_0` of a returning frame in the value convention. */
  private retValue(f: Frame): unknown {
    const info = f.inst.locals[0];
    switch (info.kind) {
      case "reg":
        return f.l[0];
      case "zst":
        return undefined;
      case "mem":
        return this.loadValue(f.l[0] as number, info.ty);
      default:
        throw new InternalError("split return place");
    }
  }

  /** Reads a value of type `ty` at `addr` in the value convention (memory types: the address). */
  loadValue(addr: number, ty: RType): unknown {
    const l = layoutOf(ty, this.tt);
    if (l.size === 0) return undefined;
    if (l.repr === "memory") return addr;
    if (l.repr === "pair") return this.mem.readFat(addr);
    switch (ty.k) {
      case "int":
        return this.mem.readInt(addr, ty.name);
      case "bool":
        return this.mem.readU8(addr);
      case "char":
        return this.mem.readU32(addr);
      case "float":
        return ty.bits === 32 ? this.mem.readF32(addr) : this.mem.readF64(addr);
      default:
        return this.mem.readPtr(addr);
    }
  }

  /** Stores value `v` (value convention) of type `ty` at `addr`; memory types are copied from `v`. */
  storeValue(addr: number, ty: RType, v: unknown): void {
    const l = layoutOf(ty, this.tt);
    if (l.size === 0) return;
    if (l.repr === "memory") {
      if (v !== addr) this.mem.copy(addr, v as number, l.size);
      return;
    }
    if (l.repr === "pair") return this.mem.writeFat(addr, v as never);
    switch (ty.k) {
      case "int":
        return this.mem.writeInt(addr, ty.name, v as number | bigint);
      case "bool":
        return this.mem.writeU8(addr, v as number);
      case "char":
        return this.mem.writeU32(addr, v as number);
      case "float":
        return ty.bits === 32 ? this.mem.writeF32(addr, v as number) : this.mem.writeF64(addr, v as number);
      default:
        return this.mem.writePtr(addr, v as number);
    }
  }

  /** A diverging call returned (it must not). */
  divergedReturn(f: Frame): void {
    throw this.located(new UndefinedBehavior("a function that never returns (`-> !`) returned"), f);
  }

  /** `unreachable` terminator executed. */
  unreachable(f: Frame): never {
    throw this.located(new UndefinedBehavior("entered unreachable code (an impossible enum discriminant or match)"), f);
  }

  /** A panic tried to unwind out of a function that cannot unwind. */
  abortUnwind(f: Frame): void {
    void f;
    this.writeStderr("thread caused non-unwinding panic. aborting.\n");
    throw new ProcessExit(134, "aborted");
  }

  /** A panic that cannot unwind (std's `panic_nounwind`, failed UB checks): print it, then abort. */
  panicNoUnwind(message: string, site: PanicSite): never {
    this.printPanic(message, site);
    this.writeStderr("thread caused non-unwinding panic. aborting.\n");
    throw new ProcessExit(134, "aborted");
  }

  /** An `assert` terminator failed: panic with rustc's runtime message for it. */
  assertFailed(f: Frame, msg: string, args: unknown[]): void {
    const m = assertMessage(msg, args);
    const span = this.spanOf(f);
    if (m.nounwind) this.panicNoUnwind(m.text, span);
    this.panic(m.text, span);
  }

  /** The error of a run that used up its step budget (located by the caller). */
  private stepLimitError(): InterpError {
    return new InterpError("StepLimit", `the program ran for ${this.maxSteps} steps without finishing (--max-steps)`);
  }

  /**
   * Counts `n` steps of work done inside a shim (one per element an iterator shim produces), so
   * that a long loop in native code, like `(0..u64::MAX).count()`, also ends at the step limit.
   */
  chargeSteps(n: number): void {
    this.steps += n;
    if (this.steps > this.maxSteps) {
      throw this.stepLimitError();
    }
  }

  /** Scratch memory for reinterpreting bytes (transmutes). */
  scratch(size: number): number {
    if (!this.scratchAlloc || this.scratchAlloc.size < size) {
      const a = this.mem.alloc(Math.max(size, 64), 16, "runtime", "transmute scratch");
      this.scratchAlloc = { base: a.base, size: a.size };
    }
    return this.scratchAlloc.base;
  }

  private stackOverflow(): never {
    const t = this.cur;
    this.writeStderr(`\nthread '${t.label}' (${this.osThreadId(t.id)}) has overflowed its stack\n`);
    this.writeStderr("fatal runtime error: stack overflow, aborting\n");
    throw new ProcessExit(134, "stack-overflow");
  }

  /** The OS thread id printed in panic messages (normalised away when comparing). */
  osThreadId(id: number): number {
    return 4000 + id;
  }

  // --- panics and unwinding ------------------------------------------------------------------------

  /** Prints a panic message and starts unwinding the current thread (throws). */
  panic(message: string, span: PanicSite, payloadKind: "str" | "String" = "String"): never {
    this.printPanic(message, span);
    throw new RustPanic({ message, payloadKind });
  }

  /** Prints `thread '…' panicked at …` as std's default hook does. */
  printPanic(message: string, span: PanicSite): void {
    const t = this.cur;
    if (t.data.panicking) {
      // A panic while unwinding: std prints it, then aborts.
      this.writeStderr(
        `\nthread '${t.label}' (${this.osThreadId(t.id)}) panicked at ${panicLocation(span)}:\n${message}\n`,
      );
      this.writeStderr("thread caused non-unwinding panic. aborting.\n");
      throw new ProcessExit(134, "aborted");
    }
    let text = `\nthread '${t.label}' (${this.osThreadId(t.id)}) panicked at ${panicLocation(span)}:\n${message}\n`;
    if (!this.backtraceNoteShown) {
      this.backtraceNoteShown = true;
      text += "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
    }
    this.writeStderr(text);
  }

  /** Unwinds the thread's frames, running cleanup blocks, until caught or the thread ends. */
  private unwind(t: SchedThread<ThreadData>, payload: PanicPayload): void {
    const d = t.data;
    d.panicking = payload;
    const stack = d.stack;
    for (;;) {
      const f = stack[stack.length - 1];
      if (!f) {
        d.panicking = undefined;
        d.panicked = payload;
        if (t.name === "main" && t.id === 1) throw new ProcessExit(101, "panicked");
        this.sched.finish(t);
        return;
      }
      if (f.native) {
        stack.pop();
        try {
          f.gen.return(undefined);
        } catch { /* a native frame has nothing to clean up that could fail */ }
        continue;
      }
      if (f.cleanup) {
        // A panic inside a cleanup block (a destructor during unwinding) aborts.
        this.writeStderr("thread caused non-unwinding panic. aborting.\n");
        throw new ProcessExit(134, "aborted");
      }
      const action = f.inst.unwindOf[f.cur];
      if (action >= 0) {
        f.bb = action;
        f.cleanup = true;
        return;
      }
      if (action === -1) {
        stack.pop();
        if (!f.inst.keepLocals) { for (const a of f.allocs) this.mem.release(a); }
        continue;
      }
      this.writeStderr("thread caused non-unwinding panic. aborting.\n");
      throw new ProcessExit(134, "aborted");
    }
  }

  /** `resume` terminator: the frame's cleanup is done; keep unwinding into its caller. */
  resume(f: Frame): void {
    const d = this.cur.data;
    d.stack.pop();
    if (!f.inst.keepLocals) { for (const a of f.allocs) this.mem.release(a); }
    const payload = d.panicking ?? { message: "", payloadKind: "str" as const };
    this.unwind(this.cur, payload);
  }

  // --- native frames ---------------------------------------------------------------------------------

  /** Pushes a native frame; its generator's return value goes to `k`. Returns PENDING. */
  pushNative(
    caller: AnyFrame,
    name: string,
    gen: Generator<NativeRequest, unknown, unknown>,
    k: (v: unknown) => void,
  ): typeof PENDING {
    const nf = new NativeFrame(name, gen);
    nf.retFrame = caller;
    nf.retFn = k;
    const stack = this.cur.data.stack;
    if (stack.length >= this.maxDepth) this.stackOverflow();
    stack.push(nf);
    return PENDING;
  }

  private stepNative(nf: NativeFrame): void {
    const v = nf.resumeWith;
    nf.resumeWith = undefined;
    const r = nf.gen.next(v);
    this.steps++;
    if (r.done) {
      this.cur.data.stack.pop();
      nf.retFn?.(r.value);
      return;
    }
    const req = r.value;
    switch (req.k) {
      case "call": {
        const useMem = req.dst !== undefined;
        const g = this.enterWithArgs(req.inst, nf, useMem ? Ret.Memory : Ret.Callback, req.dst ?? 0, req.args);
        if (!useMem) g.retFn = (x) => (nf.resumeWith = x);
        return;
      }
      case "dispatch": {
        const res = req.call(this, nf, (x) => (nf.resumeWith = x), req.args);
        if (res !== PENDING) nf.resumeWith = res;
        return;
      }
      case "suspend":
        return;
    }
  }

  /**
   * Runs `gen` synchronously until it needs to call MIR or block; then continues it in a native
   * frame whose result goes to `k`. Returns the result, or PENDING.
   */
  runGen(f: AnyFrame, name: string, gen: Generator<NativeRequest, unknown, unknown>, k: (v: unknown) => void): unknown {
    const r = gen.next();
    if (r.done) return r.value;
    const first = r.value;
    const wrapped = (function* (): Generator<NativeRequest, unknown, unknown> {
      let v = yield first;
      for (;;) {
        const n = gen.next(v);
        if (n.done) return n.value;
        v = yield n.value;
      }
    })();
    return this.pushNative(f, name, wrapped, k);
  }

  /**
   * Runs native generator `gen` to completion on the current thread, synchronously, provided it
   * only calls MIR that does not block (used for constant evaluation).
   */
  runToCompletion(gen: Generator<NativeRequest, unknown, unknown>): unknown {
    const stack = this.cur.data.stack;
    const base = stack.length;
    let result: unknown;
    stack.push(new NativeFrame("const eval", gen));
    (stack[base] as NativeFrame).retFn = (v) => (result = v);
    const savedLimit = this.limit;
    // Constant evaluation runs to the end in one go, but never past the program's step limit (a
    // constant's body can loop forever, e.g. in mutated MIR).
    this.limit = this.maxSteps;
    try {
      while (stack.length > base) {
        const f = stack[stack.length - 1];
        if (f.native) this.stepNative(f);
        else f.inst.run!(this, f);
        if (this.steps >= this.maxSteps) {
          throw this.located(
            this.stepLimitError(),
            stack[stack.length - 1],
          );
        }
        if (this.cur.state !== "runnable") throw new InternalError("constant evaluation blocked");
      }
    } finally {
      this.limit = savedLimit;
    }
    return result;
  }

  // --- delegations to helper modules -------------------------------------------------------------------

  /** Resolves the callee of a call terminator at compile time. */
  resolveCall(
    inst: Instance,
    func: Operand,
    argTys: RType[],
    retTy: RType,
    term: Extract<Terminator, { k: "call" }>,
  ): Callee {
    return resolveCall(this, inst, func, argTys, retTy, term);
  }

  /** Compiles a constant operand to a JS expression or a constant value. */
  constValue(c: ConstValue, inst: Instance, fnItem: boolean): { code?: string; value?: unknown; ty: RType } {
    return constValue(this, c, inst, fnItem);
  }

  /** True if dropping a value of type `ty` does anything. */
  needsDrop(ty: RType): boolean {
    return this.drops.needsDrop(ty);
  }

  /** Drops the value at `addr` (drop terminator). Returns PENDING if user `Drop` code runs. */
  dropPlace(f: Frame, ty: RType, addr: number, meta?: number): unknown {
    return this.drops.dropPlace(f, ty, addr, meta);
  }

  /** A function decoding a niche-encoded discriminant from the raw niche value. */
  nicheDecoder(
    t: RType,
    tag: Extract<TagEncoding, { k: "niche" }>,
    discrs: bigint[],
  ): (raw: number | bigint) => number | bigint {
    const bits = BigInt(
      layoutOf(t, this.tt).size > 0
        ? (tag.int.endsWith("8")
          ? 8
          : tag.int.endsWith("16")
          ? 16
          : tag.int.endsWith("32")
          ? 32
          : tag.int.endsWith("128")
          ? 128
          : 64)
        : 64,
    );
    const count = BigInt(tag.last - tag.first);
    const dataful = ints.canon(discrs[tag.dataful]);
    const mask = (1n << bits) - 1n;
    return (raw) => {
      const rel = (BigInt(raw) - tag.start) & mask;
      if (rel <= count) {
        const v = tag.first + Number(rel);
        if (v !== tag.dataful) return ints.canon(discrs[v]);
      }
      return dataful;
    };
  }

  /** The variant index of the enum value of type `t` at `addr`. */
  variantOf(t: RType, addr: number): number {
    if (t.k !== "adt") return 0;
    const l = layoutOf(t, this.tt);
    const tag = l.tag;
    if (tag.k === "none") return 0;
    if (tag.k === "direct") {
      const v = BigInt(this.mem.readInt(addr + tag.offset, tag.int));
      return tag.values.findIndex((x) => x === v);
    }
    const raw = BigInt(this.mem.readInt(addr + tag.offset, tag.int.replace(/^i/, "u") as never));
    const bits = BigInt(tag.int.endsWith("8") ? 8 : tag.int.endsWith("16") ? 16 : tag.int.endsWith("32") ? 32 : 64);
    const rel = (raw - tag.start) & ((1n << bits) - 1n);
    if (rel <= BigInt(tag.last - tag.first)) {
      const v = tag.first + Number(rel);
      if (v !== tag.dataful) return v;
    }
    return tag.dataful;
  }

  /** Writes the tag of `variant` for the enum of type `t` at `addr` (fields are written separately). */
  setVariant(t: RType, addr: number, variant: number): void {
    const l = layoutOf(t, this.tt);
    const tag = l.tag;
    if (tag.k === "none") return;
    if (tag.k === "direct") {
      this.mem.writeInt(addr + tag.offset, tag.int, ints.canon(tag.values[variant]));
      return;
    }
    if (variant === tag.dataful) return;
    this.mem.writeInt(addr + tag.offset, tag.int, ints.canon(tag.start + BigInt(variant - tag.first)));
  }

  /** The address a fn pointer to the fn item or closure type `ty` has. */
  fnPointerFor(ty: RType, inst: Instance): number {
    return this.dyn.fnPointerFor(ty, inst);
  }

  /** Metadata for an unsizing coercion from `src` to `dst` pointee types. */
  unsizeMeta(src: RType, dst: RType): number {
    return this.dyn.unsizeMeta(src, dst);
  }

  /** The pointee types of smart pointers in an unsizing coercion (`Box<T>` → `Box<dyn Tr>`). */
  smartPointerPointees(from: RType, to: RType): [RType, RType] {
    return this.dyn.smartPointerPointees(from, to);
  }

  // --- output, errno, tracing ---------------------------------------------------------------------------

  /** Writes to the program's stderr (panic messages go here, ordered with the program's writes). */
  writeStderr(s: string): void {
    this.outErr(ENCODER.encode(s));
  }

  /** The fd-layer context of thread `t`. */
  ioCtx(t: SchedThread<ThreadData>): IoCtx {
    return { mem: this.mem, sched: this.sched, thread: t.id };
  }

  /** The fd-layer context of the current thread. */
  get io(): IoCtx {
    return this.ioCtx(this.cur);
  }

  /** Sets the current thread's errno. */
  setErrno(e: number): void {
    this.mem.writeU32(this.cur.data.errnoAddr, e);
  }

  /** The current thread's errno. */
  get errno(): number {
    return this.mem.readI32(this.cur.data.errnoAddr);
  }

  /** Emits one trace line when tracing is on. */
  trace(line: string): void {
    if (this.tracing) this.tracing(`[t${this.cur?.id ?? 0} step ${this.steps}] ${line}`);
  }
}
