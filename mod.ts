/**
 * fd-conformance: a conformance suite for file-descriptor semantics, and the MIR interpreter that
 * runs it. This module is the public API; the command-line tools and the harness use only it.
 *
 * ```ts
 * import { runProgram } from "./mod.ts";
 * const r = runProgram({ mir, mirPath: "case.mir", readSource: (f) => Deno.readTextFileSync(f) });
 * console.log(r.outcome, r.exitCode, new TextDecoder().decode(r.stdout));
 * ```
 */

import { asInterpError, InterpError } from "./interp/errors.ts";
import { Machine, type Outcome, outcomeOf, type RunOptions } from "./interp/machine/machine.ts";
import { Program } from "./interp/machine/program.ts";
import type { MirFile } from "./interp/mir/ast.ts";
import { parseMir } from "./interp/mir/parser.ts";
import { scanCrate } from "./interp/rust/items.ts";

export { InterpError, InvalidMir, MirSyntaxError, UndefinedBehavior, Unsupported } from "./interp/errors.ts";
export type { ErrorKind, ErrorLocation } from "./interp/errors.ts";
export { parseMir } from "./interp/mir/parser.ts";
export { printMir } from "./interp/mir/printer.ts";
export type { MirFile } from "./interp/mir/ast.ts";
export type { Outcome } from "./interp/machine/machine.ts";
export { DEFAULT_MAX_STEPS, outcomeOf } from "./interp/machine/machine.ts";

/** A program to run: its MIR text and how to read the Rust sources its spans name. */
export interface ProgramInput {
  /** The MIR text printed by the pinned rustc invocation. */
  mir: string;
  /** Name of the MIR file, for error locations. */
  mirPath?: string;
  /**
   * Reads a Rust source file by the name rustc printed in spans (relative to the directory rustc
   * ran in). The interpreter needs the sources for what textual MIR does not print: struct and
   * enum definitions, impl headers and generic parameter lists. Returns undefined if missing.
   */
  readSource?: (name: string) => string | undefined;
}

/** Options of `runProgram`. */
export interface RunProgramOptions {
  /** Bytes fed to fd 0 (then EOF). */
  stdin?: Uint8Array;
  /** Program arguments after argv[0]. */
  args?: string[];
  /** Pseudo-random schedule seed; omitted for deterministic round-robin. */
  seed?: number;
  /** Steps per time slice (round-robin) or the mean slice (seeded). */
  quantum?: number;
  /** Make pipe and socket reads and large writes return short counts (seed-driven). */
  shortIo?: boolean;
  /** Stop with outcome `step-limit` after this many MIR statements (default `DEFAULT_MAX_STEPS`, 200,000,000). */
  maxSteps?: number;
  /** Memory limit in bytes (default 1 GiB). */
  memoryLimit?: number;
  /** Maximum call depth before a stack overflow (default 20,000 frames). */
  maxStackDepth?: number;
  /** Receives stdout bytes as they are written (they are also collected). */
  onStdout?: (b: Uint8Array) => void;
  /** Receives stderr bytes as they are written (they are also collected). */
  onStderr?: (b: Uint8Array) => void;
  /** Receives one line per executed call or fd operation. */
  trace?: (line: string) => void;
}

/** The result of running a program. */
export interface RunResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  /** The process exit status (see `EXIT_STATUS` for interpreter failures). */
  exitCode: number;
  outcome: Outcome;
  steps: number;
  /** The interpreter error, for outcomes other than exited/panicked/aborted. */
  error?: InterpError;
  /** A hash of the schedule's thread choices: distinct interleavings have distinct hashes. */
  scheduleHash: number;
  /** Virtual time the run took (sleeps and timeouts jump it forward), in nanoseconds. */
  virtualNs: number;
}

/**
 * Exit statuses of interpreter failures. None is 0, 1 or 101 (what Rust programs exit with by
 * themselves); a native stack overflow's status (134, SIGABRT) is reproduced as such.
 */
export const EXIT_STATUS = {
  usage: 110,
  mirSyntax: 111,
  unsupported: 112,
  undefinedBehavior: 113,
  deadlock: 114,
  stepLimit: 115,
  memoryLimit: 116,
  compile: 117,
  io: 118,
  internal: 119,
  stackOverflow: 134,
} as const;

/** The exit status for an interpreter error of `kind`. */
export function exitStatusFor(e: InterpError): number {
  switch (e.kind) {
    case "Usage":
      return EXIT_STATUS.usage;
    case "MirSyntaxError":
    case "InvalidMir":
      return EXIT_STATUS.mirSyntax;
    case "Unsupported":
      return EXIT_STATUS.unsupported;
    case "UndefinedBehavior":
      return EXIT_STATUS.undefinedBehavior;
    case "Deadlock":
      return EXIT_STATUS.deadlock;
    case "StepLimit":
      return EXIT_STATUS.stepLimit;
    case "MemoryLimit":
      return EXIT_STATUS.memoryLimit;
    case "StackOverflow":
      return EXIT_STATUS.stackOverflow;
    case "Compile":
      return EXIT_STATUS.compile;
    case "Io":
      return EXIT_STATUS.io;
    default:
      return EXIT_STATUS.internal;
  }
}

/** The name of the crate root file (as spans print it) of a parsed MIR file. */
export function crateRootFile(file: MirFile): string | undefined {
  for (const item of file.items) {
    if (item.k !== "body") continue;
    const ret = item.root.locals.find((l) => l.local === 0);
    if (
      item.name.segs.length === 1 && item.name.segs[0].k === "ident" && item.name.segs[0].name === "main" && ret?.span
    ) {
      return ret.span.file;
    }
  }
  for (const item of file.items) {
    if (item.k === "body") {
      const s = item.root.locals.find((l) => l.local === 0)?.span;
      if (s && !s.file.startsWith("/")) return s.file;
    }
  }
  return undefined;
}

/** Parses and indexes a program (throws `InterpError`s: syntax errors, unsupported types). */
export function loadProgram(input: ProgramInput): Program {
  const file = parseMir(input.mir, input.mirPath ?? "<mir>");
  const root = crateRootFile(file);
  const read = input.readSource ?? (() => undefined);
  const items = scanCrate(root ?? "main.rs", (name) => {
    try {
      return read(name);
    } catch {
      return undefined;
    }
  });
  return new Program(file, items);
}

/** A program parsed and indexed once, to be run many times (e.g. under several seeds). */
export interface PreparedProgram {
  readonly prepared: true;
  readonly mir: string;
  /** The loaded program, or the error loading it produced (reported by every run). */
  readonly program: Program | InterpError;
}

/** Parses and indexes `input` once; never throws (a load error is reported by each run). */
export function prepareProgram(input: ProgramInput): PreparedProgram {
  try {
    return { prepared: true, mir: input.mir, program: loadProgram(input) };
  } catch (e) {
    return { prepared: true, mir: input.mir, program: asInterpError(e) };
  }
}

/** Runs a program to completion. Never throws: failures are outcomes with an error. */
export function runProgram(input: ProgramInput | PreparedProgram, opts: RunProgramOptions = {}): RunResult {
  const out: Uint8Array[] = [], err: Uint8Array[] = [];
  const collect = (list: Uint8Array[], cb?: (b: Uint8Array) => void) => (b: Uint8Array) => {
    list.push(b.slice());
    cb?.(b);
  };
  const stdout = collect(out, opts.onStdout);
  const stderr = collect(err, opts.onStderr);
  const machineOpts: RunOptions = {
    stdin: opts.stdin,
    args: opts.args,
    seed: opts.seed,
    quantum: opts.quantum,
    shortIo: opts.shortIo,
    maxSteps: opts.maxSteps,
    memoryLimit: opts.memoryLimit,
    maxStackDepth: opts.maxStackDepth,
    stdout,
    stderr,
    trace: opts.trace,
  };
  let result: {
    exitCode: number;
    outcome: Outcome;
    steps: number;
    error?: InterpError;
    scheduleHash: number;
    virtualNs: number;
  };
  try {
    const prog = "prepared" in input ? input.program : loadProgram(input);
    if (prog instanceof InterpError) throw prog;
    result = new Machine(prog, machineOpts, input.mir).run();
  } catch (e) {
    const error = asInterpError(e);
    result = { exitCode: -1, outcome: outcomeOf(error), steps: 0, error, scheduleHash: 0, virtualNs: 0 };
  }
  if (result.error) {
    result.exitCode = exitStatusFor(result.error);
    stderr(new TextEncoder().encode(result.error.render() + "\n"));
  }
  return { ...result, stdout: concat(out), stderr: concat(err) };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
