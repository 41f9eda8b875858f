/**
 * `Display` for `bool`, `char`, `str` and Debug for `()` as in Rust 1.95 (core/fmt/mod.rs); the
 * Debug of `char` and `str` (which ignores width and precision) is in `escape.ts`.
 */

import { pad } from "./pad.ts";
import type { FormatSpec } from "./spec.ts";

/** `<bool as Display>` (and Debug): `true`/`false` through `pad`. */
export function boolDisplay(b: boolean, spec: FormatSpec): string {
  return pad(b ? "true" : "false", spec);
}

/** `<char as Display>`: the char through `pad` (precision 0 gives the empty string). */
export function charDisplay(c: string | number, spec: FormatSpec): string {
  return pad(typeof c === "number" ? String.fromCodePoint(c) : c, spec);
}

/** `<str as Display>`: the string through `pad` (precision truncates to that many chars). */
export function strDisplay(s: string, spec: FormatSpec): string {
  return pad(s, spec);
}

/** `<() as Debug>`: `()` through `pad`. */
export function unitDebug(spec: FormatSpec): string {
  return pad("()", spec);
}
