/**
 * Errors as values with a kind, an actionable message and a location.
 *
 * Every failure the tool reports to a person goes through `InterpError` (or a subclass), so the
 * command-line front ends can print `error: <kind>: <message>` followed by the location, and exit
 * with the status documented for that kind.
 */

import type { SrcSpan } from "./mir/ast.ts";

/** The kinds of failure the interpreter and its tools report. */
export type ErrorKind =
  | "MirSyntaxError"
  | "InvalidMir"
  | "Unsupported"
  | "UndefinedBehavior"
  | "Deadlock"
  | "StepLimit"
  | "StackOverflow"
  | "MemoryLimit"
  | "Usage"
  | "Io"
  | "Compile"
  | "Internal";

/** Where an error happened: a MIR file position and, when known, the Rust source span. */
export interface ErrorLocation {
  mirFile?: string;
  line?: number;
  col?: number;
  /** The function whose MIR was executing. */
  fn?: string;
  rust?: SrcSpan;
}

/** Base class of every error the tool reports. */
export class InterpError extends Error {
  /** Extra lines printed after the message (a deadlock report, a caret excerpt, …). */
  details: string[] = [];
  constructor(readonly kind: ErrorKind, message: string, public location: ErrorLocation = {}) {
    super(message);
    this.name = kind;
  }

  /** The error as printed by the command-line tools: `error: kind: message` plus location lines. */
  render(): string {
    const lines = [`error: ${kindLabel(this.kind)}: ${this.message}`];
    const loc = this.location;
    if (loc.mirFile !== undefined) {
      const where = loc.line !== undefined ? `${loc.mirFile}:${loc.line}:${loc.col ?? 1}` : loc.mirFile;
      lines.push(`  --> ${where}${loc.fn ? ` (in ${loc.fn})` : ""}`);
    }
    if (loc.rust) lines.push(`  --> rust source ${formatSpan(loc.rust)}`);
    for (const d of this.details) lines.push(d);
    return lines.join("\n");
  }
}

/** Malformed MIR text: the file, position, what was expected and a caret excerpt. */
export class MirSyntaxError extends InterpError {
  /** Set when the error stands for an unexpected failure inside the parser (a parser bug). */
  internal = false;
  constructor(
    readonly file: string,
    readonly line: number,
    readonly col: number,
    readonly expected: string,
    readonly excerpt: string,
  ) {
    super("MirSyntaxError", `expected ${expected}`, { mirFile: file, line, col });
    this.details = excerpt.split("\n");
  }
}

/**
 * MIR that parses but cannot have come from rustc: an undeclared local, a jump to a block that does
 * not exist, operands whose types do not fit (a field of an integer, `u8 + u64`, an argument of the
 * wrong type).
 */
export class InvalidMir extends InterpError {
  constructor(message: string, location: ErrorLocation = {}) {
    super("InvalidMir", message, location);
  }
}

/** A construct or std/libc function the interpreter does not implement. */
export class Unsupported extends InterpError {
  constructor(message: string, location: ErrorLocation = {}) {
    super("Unsupported", message, location);
  }
}

/** The program did something Rust leaves undefined (dangling or out-of-bounds access, …). */
export class UndefinedBehavior extends InterpError {
  constructor(message: string, location: ErrorLocation = {}) {
    super("UndefinedBehavior", message, location);
  }
}

/** A bug in the interpreter itself, reported instead of a JavaScript exception. */
export class InternalError extends InterpError {
  constructor(message: string, location: ErrorLocation = {}) {
    super("Internal", message, location);
  }
}

/** The label printed after `error:` for each kind. */
export function kindLabel(kind: ErrorKind): string {
  switch (kind) {
    case "MirSyntaxError":
      return "MIR syntax error";
    case "InvalidMir":
      return "invalid MIR";
    case "Unsupported":
      return "unsupported";
    case "UndefinedBehavior":
      return "Undefined Behavior";
    case "Deadlock":
      return "deadlock";
    case "StepLimit":
      return "step limit";
    case "StackOverflow":
      return "stack overflow";
    case "MemoryLimit":
      return "memory limit";
    case "Usage":
      return "usage";
    case "Io":
      return "io";
    case "Compile":
      return "compile";
    case "Internal":
      return "internal interpreter error";
  }
}

/** `file:l:c: l:c` as rustc prints spans. */
export function formatSpan(s: SrcSpan): string {
  return `${s.file}:${s.line}:${s.col}: ${s.endLine}:${s.endCol}`;
}

/** Converts anything thrown into an `InterpError`, keeping a JavaScript bug visible as `Internal`. */
export function asInterpError(e: unknown): InterpError {
  if (e instanceof InterpError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new InterpError("StackOverflow", "the interpreter's own stack overflowed");
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new InternalError(msg);
}
