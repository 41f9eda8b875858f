/**
 * Panic messages and locations as a debug build prints them.
 *
 * Runtime messages of MIR `assert` terminators differ from the templates MIR prints (MIR says
 * "the length is {}", the runtime says "the len is 2"). `#[track_caller]` locations point at the
 * method name of a method call (`x.unwrap()` reports the column of `unwrap`), and panics raised
 * inside std's macros (`assert_eq!`, `panic!`) report the macro invocation in the user's source,
 * which textual MIR does not print; `callerLocation` recovers it from the source.
 */

import type { Body, SrcSpan } from "../mir/ast.ts";
import type { MacroCall } from "../rust/items.ts";
import { offsetOf, type Program } from "./program.ts";
import { successors } from "../mir/successors.ts";

/** Where a panic is reported: a span whose start is printed. */
export type PanicSite = SrcSpan | { file: string; line: number; col: number } | undefined;

/** `file:line:col` for a panic message. */
export function panicLocation(site: PanicSite): string {
  if (!site || site.line === 0) return "<unknown>";
  return `${site.file}:${site.line}:${site.col}`;
}

/** The runtime message of a failed MIR `assert` and whether the panic can unwind. */
export function assertMessage(template: string, args: unknown[]): { text: string; nounwind: boolean } {
  const a = args.map((x) => String(x));
  const hex = (x: unknown) => `0x${BigInt(x as number).toString(16)}`;
  if (template.startsWith("index out of bounds")) {
    return { text: `index out of bounds: the len is ${a[0]} but the index is ${a[1]}`, nounwind: false };
  }
  const over = /^attempt to compute `\{\} (.) \{\}`, which would overflow$/.exec(template);
  if (over) {
    const op =
      { "+": "add", "-": "subtract", "*": "multiply", "/": "divide", "%": "calculate the remainder" }[over[1]] ??
        over[1];
    return { text: `attempt to ${op} with overflow`, nounwind: false };
  }
  if (template.startsWith("attempt to compute the remainder of")) {
    return { text: "attempt to calculate the remainder with overflow", nounwind: false };
  }
  if (/^attempt to compute `\{\} \/ \{\}`|^attempt to compute the quotient/.test(template)) {
    return { text: "attempt to divide with overflow", nounwind: false };
  }
  if (template.startsWith("attempt to negate")) return { text: "attempt to negate with overflow", nounwind: false };
  if (template.startsWith("attempt to shift left")) {
    return { text: "attempt to shift left with overflow", nounwind: false };
  }
  if (template.startsWith("attempt to shift right")) {
    return { text: "attempt to shift right with overflow", nounwind: false };
  }
  if (template.startsWith("attempt to divide `{}` by zero")) {
    return { text: "attempt to divide by zero", nounwind: false };
  }
  if (template.startsWith("attempt to calculate the remainder of `{}` with a divisor of zero")) {
    return { text: "attempt to calculate the remainder with a divisor of zero", nounwind: false };
  }
  if (template.startsWith("misaligned pointer dereference")) {
    return {
      text: `misaligned pointer dereference: address must be a multiple of ${hex(args[0])} but is ${hex(args[1])}`,
      nounwind: true,
    };
  }
  if (template.startsWith("null pointer dereference")) {
    return { text: "null pointer dereference occurred", nounwind: true };
  }
  if (template.startsWith("trying to construct an enum from an invalid value")) {
    return { text: `trying to construct an enum from an invalid value ${hex(args[0])}`, nounwind: true };
  }
  // Unknown templates: substitute arguments in order.
  let i = 0;
  return { text: template.replace(/\{\}/g, () => a[i++] ?? ""), nounwind: false };
}

/** Macros whose expansion can panic; their invocation site is the panic location. */
const PANICKING_MACROS = new Set([
  "panic",
  "assert",
  "assert_eq",
  "assert_ne",
  "debug_assert",
  "debug_assert_eq",
  "debug_assert_ne",
  "unreachable",
  "todo",
  "unimplemented",
]);

/**
 * Macros that build `fmt::Arguments`: building them can panic too (`Formatting argument out of
 * range` for a `{:1$}` width above u16::MAX), at the formatting macro's invocation.
 */
const FORMATTING_MACROS = new Set([
  ...PANICKING_MACROS,
  "print",
  "println",
  "eprint",
  "eprintln",
  "format",
  "format_args",
  "write",
  "writeln",
]);

/**
 * The location std's `Location::caller()` gives for a `#[track_caller]` call or a panic inside a
 * macro, from the call terminator's span in block `bb` of `body`.
 */
export function callerLocation(
  prog: Program,
  body: Body,
  bb: number,
  span: SrcSpan | undefined,
  formatting = false,
): PanicSite {
  if (!span || span.line === 0) return span;
  const text = prog.src.files.get(span.file);
  if (text !== undefined) return methodNameSite(text, span);
  // The span is inside std's source: a macro expanded in the user's code.
  return macroSite(prog, body, bb, formatting ? FORMATTING_MACROS : PANICKING_MACROS) ?? span;
}

/** For a method call `recv.name(args)` spanning `span`, the position of `name`; else the span start. */
function methodNameSite(text: string, span: SrcSpan): PanicSite {
  const start = offsetOf(text, span.line, span.col);
  const end = offsetOf(text, span.endLine, span.endCol);
  let i = end - 1;
  if (text[i] !== ")") return span;
  // Match the argument list's parentheses backwards.
  let depth = 0;
  for (; i >= start; i--) {
    const c = text[i];
    if (c === ")") depth++;
    else if (c === "(") {
      depth--;
      if (depth === 0) break;
    }
  }
  i--;
  // Optional turbofish `::<…>`.
  if (text[i] === ">") {
    let d = 0;
    for (; i >= start; i--) {
      if (text[i] === ">") d++;
      else if (text[i] === "<") {
        d--;
        if (d === 0) break;
      }
    }
    i -= 3; // before `::<`
  }
  let j = i;
  while (j >= start && /[A-Za-z0-9_]/.test(text[j])) j--;
  const nameStart = j + 1;
  if (nameStart > i) return span;
  let k = j;
  while (k >= start && /\s/.test(text[k])) k--;
  if (text[k] !== ".") return span;
  return positionOf(text, nameStart, span.file);
}

function positionOf(text: string, offset: number, file: string): { file: string; line: number; col: number } {
  let line = 1, lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let col = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    col++;
  }
  return { file, line, col };
}

/**
 * Finds the user macro invocation that produced a library-spanned panic call: the nearest
 * statement before the call (walking back through predecessor blocks) whose span is in user code
 * is a witness; the panicking macro invocation containing it, or else the first one after it in
 * the same file, is the site.
 */
function macroSite(prog: Program, body: Body, bb: number, macros: ReadonlySet<string>): PanicSite {
  // With no user-spanned statement before the call (a closure whose whole body is one `panic!`
  // with constant-folded arguments), the body's own span is the witness.
  const own = body.root.locals.find((l) => l.local === 0)?.span;
  const witness = nearestUserSpan(prog, body, bb) ?? (own && prog.src.files.has(own.file) ? own : undefined);
  if (!witness) return undefined;
  const text = prog.src.files.get(witness.file)!;
  const w = offsetOf(text, witness.line, witness.col);
  const calls = prog.src.macroCalls.filter((m) => m.file === witness.file);
  const outermost = calls.filter((m) => !calls.some((o) => o !== m && o.start <= m.start && o.end >= m.end));
  const userMacros = new Set(macroNames(text));
  const candidate = (m: MacroCall) => macros.has(m.name) || userMacros.has(m.name);
  const containing = outermost.find((m) => m.start <= w && w < m.end && candidate(m));
  if (containing) return containing.pos;
  const after = outermost.filter((m) => m.start >= w && candidate(m)).sort((a, b) => a.start - b.start)[0];
  return after?.pos;
}

function macroNames(text: string): string[] {
  return [...text.matchAll(/macro_rules!\s*([A-Za-z_]\w*)/g)].map((m) => m[1]);
}

function nearestUserSpan(prog: Program, body: Body, bb: number): SrcSpan | undefined {
  const isUser = (s: SrcSpan | undefined) => s && s.line > 0 && prog.src.files.has(s.file);
  const preds = new Map<number, number[]>();
  for (const b of body.blocks) {
    for (const t of successors(b.term, false)) {
      const list = preds.get(t) ?? [];
      list.push(b.index);
      preds.set(t, list);
    }
  }
  const seen = new Set<number>();
  let frontier = [bb];
  let first = true;
  while (frontier.length) {
    const next: number[] = [];
    for (const i of frontier) {
      if (seen.has(i)) continue;
      seen.add(i);
      const b = body.blocks[i];
      if (!first && isUser(b.term.span)) return b.term.span;
      for (let k = b.stmts.length - 1; k >= 0; k--) if (isUser(b.stmts[k].span)) return b.stmts[k].span;
      next.push(...(preds.get(i) ?? []));
    }
    first = false;
    frontier = next;
  }
  return undefined;
}
