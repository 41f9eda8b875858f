/** Stack frames of interpreted and native code, and per-thread interpreter state. */

import type { Instance } from "./instance.ts";
import type { Alloc } from "./memory.ts";

/** Where a finished frame delivers its result. */
export const enum Ret {
  /** Write into the caller's memory at `retAddr`. */
  Memory = -1,
  /** Discard the result. */
  Discard = -2,
  /** Call `retFn` with the result (a value, or the address of a memory result). */
  Callback = -3,
}

/** A frame executing compiled MIR. */
export class Frame {
  readonly native = false as const;
  /** Register values and memory-local addresses. */
  l: unknown[];
  allocs: Alloc[] = [];
  /** Block to resume at. */
  bb = 0;
  /** Block whose terminator is executing (for unwinding and error locations). */
  cur = 0;
  /** Running cleanup blocks while unwinding. */
  cleanup = false;
  retFrame: Frame | NativeFrame | undefined;
  /** A register index of the caller, or a `Ret` code. */
  retIdx: number = Ret.Discard;
  retAddr = 0;
  retFn: ((v: unknown) => void) | undefined;
  constructor(readonly inst: Instance) {
    this.l = new Array(inst.nregs);
  }
}

/** A request a native frame's generator yields. */
export type NativeRequest =
  /** Call a MIR body instance with arguments (value convention); a memory result goes to `dst`. */
  | { k: "call"; inst: Instance; args: unknown[]; dst?: number }
  /** Call through a run-time dispatcher (fn pointers, trait objects). */
  | {
    k: "dispatch";
    // deno-lint-ignore no-explicit-any
    call: (m: any, f: any, k: (v: unknown) => void, args: unknown[]) => unknown;
    args: unknown[];
  }
  /** The generator arranged its own wake-up (it blocked); resume with `resumeWith` later. */
  | { k: "suspend" };

/** A frame running native code that calls back into MIR (fmt of user types, drop glue, thread entry). */
export class NativeFrame {
  readonly native = true as const;
  /** The value the generator is resumed with. */
  resumeWith: unknown = undefined;
  retFrame: Frame | NativeFrame | undefined;
  retFn: ((v: unknown) => void) | undefined;
  constructor(readonly name: string, readonly gen: Generator<NativeRequest, unknown, unknown>) {}
}

/** Any frame. */
export type AnyFrame = Frame | NativeFrame;

/** A panic in flight: its message and whether it may unwind. */
export interface PanicPayload {
  message: string;
  /** The panic payload type as `Box<dyn Any>` holds it: a `&'static str` or a `String`. */
  payloadKind: "str" | "String";
}

/** Interpreter state of one thread. */
export class ThreadData {
  readonly stack: AnyFrame[] = [];
  /** Address of this thread's `errno`. */
  errnoAddr = 0;
  /** The panic being unwound, if any. */
  panicking: PanicPayload | undefined;
  /** Set when the thread ended by panicking (join returns Err). */
  panicked: PanicPayload | undefined;
  /** Called with the thread's result when its entry frame returns. */
  onExit: ((result: unknown) => void) | undefined;
  constructor(readonly name: string | undefined) {}
}
