/**
 * Rust 1.95's char escapes (`char::escape_debug_ext`, `escape_unicode`, `escape_default`) and the
 * `Debug` output of `char` and `str`, which escape through them.
 */

import { GRAPHEME_EXTEND, NON_PRINTABLE } from "./unicode_tables.ts";

/** Whether `cp` lies inside the ranges described by toggle `bounds` ([start, end, …]). */
function inRanges(bounds: readonly number[], cp: number): boolean {
  let lo = 0, hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** `core::unicode::printable::is_printable` for a code point. */
export function isPrintable(cp: number): boolean {
  return !inRanges(NON_PRINTABLE, cp);
}

/** `char::is_grapheme_extended`, for printable chars (others are escaped anyway). */
export function isGraphemeExtended(cp: number): boolean {
  return inRanges(GRAPHEME_EXTEND, cp);
}

/** Which chars `escape_debug_ext` escapes beyond the always-escaped ones. */
export interface EscapeDebugOptions {
  /** Escape grapheme extenders (combining marks) as `\u{…}`. */
  graphemeExtended: boolean;
  /** Escape `'` as `\'`. */
  singleQuote: boolean;
  /** Escape `"` as `\"`. */
  doubleQuote: boolean;
}

/** `char::escape_unicode`: `\u{…}` with the code point in minimal lower-case hex. */
export function escapeUnicode(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** `char::escape_debug_ext`: `\0 \t \r \n \\`, optional quotes, `\u{…}` for unprintable chars. */
export function escapeDebugChar(cp: number, opts: EscapeDebugOptions): string {
  switch (cp) {
    case 0:
      return "\\0";
    case 9:
      return "\\t";
    case 13:
      return "\\r";
    case 10:
      return "\\n";
    case 0x5c:
      return "\\\\";
    case 0x22:
      if (opts.doubleQuote) return '\\"';
      break;
    case 0x27:
      if (opts.singleQuote) return "\\'";
      break;
  }
  if (opts.graphemeExtended && isGraphemeExtended(cp)) return escapeUnicode(cp);
  if (isPrintable(cp)) return String.fromCodePoint(cp);
  return escapeUnicode(cp);
}

/** `char::escape_default`: `\t \r \n \' \" \\`, printable ASCII as is, everything else `\u{…}`. */
export function escapeDefaultChar(cp: number): string {
  switch (cp) {
    case 9:
      return "\\t";
    case 13:
      return "\\r";
    case 10:
      return "\\n";
    case 0x27:
    case 0x22:
    case 0x5c:
      return "\\" + String.fromCharCode(cp);
  }
  return cp >= 0x20 && cp <= 0x7e ? String.fromCharCode(cp) : escapeUnicode(cp);
}

/** The code points of a string (lone surrogates, which Rust strings cannot hold, are rejected). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) throw new RangeError("string holds a lone surrogate, not valid UTF-8");
    out.push(cp);
  }
  return out;
}

/** `<char as Debug>`: the char in single quotes, escaped; width and precision are ignored. */
export function charDebug(c: string | number): string {
  const cp = typeof c === "number" ? c : c.codePointAt(0)!;
  return "'" + escapeDebugChar(cp, { graphemeExtended: true, singleQuote: true, doubleQuote: false }) + "'";
}

/** `<str as Debug>`: the string in double quotes, every char escaped as `escape_debug`; no padding. */
export function strDebug(s: string): string {
  let out = '"';
  for (const cp of codePoints(s)) {
    out += escapeDebugChar(cp, { graphemeExtended: true, singleQuote: false, doubleQuote: true });
  }
  return out + '"';
}

/** `str::escape_debug` (as displayed): grapheme extenders escaped only in first position. */
export function strEscapeDebug(s: string): string {
  let out = "";
  let first = true;
  for (const cp of codePoints(s)) {
    out += escapeDebugChar(cp, { graphemeExtended: first, singleQuote: true, doubleQuote: true });
    first = false;
  }
  return out;
}

/** `str::escape_default` (as displayed). */
export function strEscapeDefault(s: string): string {
  return codePoints(s).map(escapeDefaultChar).join("");
}
