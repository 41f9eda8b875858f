/** Character-level scanning over MIR text, with positions and `MirSyntaxError` reporting. */

import { MirSyntaxError } from "../errors.ts";
import type { SrcSpan } from "./ast.ts";

/** Offsets of line starts, for turning a character offset into line:column. */
export class LineTable {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line and column of `offset`. */
  position(offset: number): { line: number; col: number } {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }
  /** The text of 1-based line `n`. */
  lineText(text: string, n: number): string {
    const start = this.starts[n - 1] ?? text.length;
    const end = n < this.starts.length ? this.starts[n] - 1 : text.length;
    return text.slice(start, end);
  }
}

const SPAN_RE = /^(.*):(\d+):(\d+): (\d+):(\d+)$/;

/** rustc's rendering of a span that has no location (`DUMMY_SP`). */
export const NO_LOCATION = "no-location";

/** Parses `file:l:c: l:c` (or `no-location`, as line 0) into a span, or returns undefined. */
export function parseSpanText(text: string): SrcSpan | undefined {
  if (text === NO_LOCATION) return { file: NO_LOCATION, line: 0, col: 0, endLine: 0, endCol: 0 };
  const m = SPAN_RE.exec(text);
  if (!m) return undefined;
  return { file: m[1], line: +m[2], col: +m[3], endLine: +m[4], endCol: +m[5] };
}

/** Scanning primitives shared by the type, body and item parsers. */
export class Cursor {
  pos = 0;
  readonly lines: LineTable;
  constructor(readonly src: string, readonly file: string) {
    this.lines = new LineTable(src);
  }

  /** Throws a `MirSyntaxError` at `at` (default: the current position). */
  fail(expected: string, at = this.pos): never {
    const { line, col } = this.lines.position(Math.min(at, this.src.length));
    const text = this.lines.lineText(this.src, line).replace(/\t/g, " ");
    const clipped = text.length > 160 ? text.slice(Math.max(0, col - 80), Math.max(0, col - 80) + 160) : text;
    const caretCol = text.length > 160 ? Math.min(col - 1, 79) : col - 1;
    const gutter = String(line).length;
    const excerpt = [
      `${" ".repeat(gutter)} |`,
      `${line} | ${clipped}`,
      `${" ".repeat(gutter)} | ${" ".repeat(Math.max(0, caretCol))}^`,
    ].join("\n");
    const found = at >= this.src.length ? "end of file" : JSON.stringify(this.src.slice(at, at + 12));
    throw new MirSyntaxError(this.file, line, col, `${expected}, found ${found}`, excerpt);
  }

  get eof(): boolean {
    return this.pos >= this.src.length;
  }

  peek(offset = 0): string {
    return this.src[this.pos + offset] ?? "";
  }

  /** True if the text at the cursor starts with `s`. */
  at(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  /** Skips spaces and tabs on the current line. */
  hws(): void {
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13) this.pos++;
      else break;
    }
  }

  /** Skips all whitespace including newlines (never comments). */
  ws(): void {
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  /** Consumes `s` (after optional whitespace) or fails. */
  expect(s: string, what = JSON.stringify(s)): void {
    this.ws();
    if (!this.src.startsWith(s, this.pos)) this.fail(what);
    this.pos += s.length;
  }

  /** Consumes `s` if present (after optional whitespace). */
  eat(s: string): boolean {
    const save = this.pos;
    this.ws();
    if (this.src.startsWith(s, this.pos)) {
      this.pos += s.length;
      return true;
    }
    this.pos = save;
    return false;
  }

  /** Consumes keyword `kw` only if it is not followed by an identifier character. */
  eatKw(kw: string): boolean {
    const save = this.pos;
    this.ws();
    if (this.src.startsWith(kw, this.pos) && !isIdentChar(this.src.charCodeAt(this.pos + kw.length))) {
      this.pos += kw.length;
      return true;
    }
    this.pos = save;
    return false;
  }

  /** True if keyword `kw` is next (after whitespace), without consuming it. */
  atKw(kw: string): boolean {
    const save = this.pos;
    const r = this.eatKw(kw);
    this.pos = save;
    return r;
  }

  /** An identifier (including `r#raw` identifiers). */
  ident(what = "an identifier"): string {
    this.ws();
    const start = this.pos;
    if (this.src.startsWith("r#", this.pos)) this.pos += 2;
    const c = this.src.charCodeAt(this.pos);
    if (!isIdentStart(c)) {
      this.pos = start;
      this.fail(what);
    }
    this.pos++;
    while (this.pos < this.src.length && isIdentChar(this.src.charCodeAt(this.pos))) this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** True if an identifier starts at the cursor (after whitespace). */
  atIdent(): boolean {
    const save = this.pos;
    this.ws();
    const r = isIdentStart(this.src.charCodeAt(this.pos));
    this.pos = save;
    return r;
  }

  /** A decimal unsigned integer. */
  uint(what = "a number"): number {
    this.ws();
    const start = this.pos;
    while (this.pos < this.src.length && isDigit(this.src.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) this.fail(what);
    const n = Number(this.src.slice(start, this.pos));
    if (!Number.isSafeInteger(n)) this.fail(what, start);
    return n;
  }

  /** `_N` */
  local(): number {
    this.ws();
    if (this.peek() !== "_" || !isDigit(this.src.charCodeAt(this.pos + 1))) this.fail("a local (`_N`)");
    this.pos++;
    return this.uint("a local number");
  }

  /** `bbN` */
  block(): number {
    this.ws();
    if (!this.at("bb")) this.fail("a basic block (`bbN`)");
    this.pos += 2;
    return this.uint("a basic block number");
  }

  /** Reads up to (not including) the end of the current line. */
  restOfLine(): string {
    const end = this.src.indexOf("\n", this.pos);
    const stop = end < 0 ? this.src.length : end;
    const s = this.src.slice(this.pos, stop);
    this.pos = stop;
    return s;
  }

  /** Consumes a newline (after trailing spaces) or fails. */
  endOfLine(): void {
    this.hws();
    if (this.eof) return;
    if (this.peek() !== "\n") this.fail("end of line");
    this.pos++;
  }

  /** A double-quoted Rust string literal with escapes; returns the decoded string. */
  stringLit(): string {
    this.ws();
    if (this.peek() !== '"') this.fail("a string literal");
    this.pos++;
    let out = "";
    for (;;) {
      if (this.eof) this.fail("the end of the string literal");
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "\\") out += String.fromCodePoint(this.escape(false));
      else {
        const cp = this.src.codePointAt(this.pos)!;
        out += String.fromCodePoint(cp);
        this.pos += cp > 0xffff ? 2 : 1;
      }
    }
  }

  /** A `b"…"` byte string literal; returns its bytes. */
  byteStringLit(): Uint8Array {
    this.ws();
    if (!this.at('b"')) this.fail("a byte string literal");
    this.pos += 2;
    const out: number[] = [];
    for (;;) {
      if (this.eof) this.fail("the end of the byte string literal");
      const c = this.src[this.pos];
      if (c === '"') {
        this.pos++;
        return Uint8Array.from(out);
      }
      if (c === "\\") out.push(this.escape(true));
      else {
        const code = this.src.charCodeAt(this.pos);
        if (code > 0x7f) this.fail("an ASCII character or escape in a byte string");
        out.push(code);
        this.pos++;
      }
    }
  }

  /** A `'c'` character literal; returns its code point. */
  charLit(): number {
    this.ws();
    if (this.peek() !== "'") this.fail("a character literal");
    this.pos++;
    let cp: number;
    if (this.peek() === "\\") cp = this.escape(false);
    else {
      cp = this.src.codePointAt(this.pos) ?? this.fail("a character");
      this.pos += cp > 0xffff ? 2 : 1;
    }
    if (this.peek() !== "'") this.fail("the closing `'` of a character literal");
    this.pos++;
    return cp;
  }

  /** One backslash escape at the cursor; returns the code point (or byte). */
  private escape(bytes: boolean): number {
    const start = this.pos;
    this.pos++; // backslash
    const c = this.src[this.pos++];
    switch (c) {
      case "n":
        return 10;
      case "r":
        return 13;
      case "t":
        return 9;
      case "0":
        return 0;
      case "\\":
        return 92;
      case "'":
        return 39;
      case '"':
        return 34;
      case "x": {
        const hex = this.src.slice(this.pos, this.pos + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail("two hex digits after `\\x`", start);
        this.pos += 2;
        const v = parseInt(hex, 16);
        if (!bytes && v > 0x7f) this.fail("an ASCII `\\x` escape", start);
        return v;
      }
      case "u": {
        if (bytes || this.src[this.pos] !== "{") this.fail("a `\\u{…}` escape", start);
        const end = this.src.indexOf("}", this.pos);
        const hex = end < 0 ? "" : this.src.slice(this.pos + 1, end);
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) this.fail("hex digits in `\\u{…}`", start);
        const v = parseInt(hex, 16);
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) this.fail("a valid unicode scalar value", start);
        this.pos = end + 1;
        return v;
      }
      default:
        return this.fail("a valid escape sequence", start);
    }
  }

  /** Scans text up to the `close` that balances an already consumed `open`. */
  balanced(open: string, close: string): string {
    const start = this.pos;
    let depth = 1;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === "\n") break;
      if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) {
          const s = this.src.slice(start, this.pos);
          this.pos++;
          return s;
        }
      }
      this.pos++;
    }
    this.pos = start;
    return this.fail(`a closing \`${close}\``);
  }
}

/** True for `[A-Za-z_]` and non-ASCII letters. */
export function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** True for `[A-Za-z0-9_]`. */
export function isIdentChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** True for `[0-9]`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
