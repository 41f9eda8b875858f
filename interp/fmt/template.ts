/**
 * Decoding of rustc 1.95's compact `fmt::Arguments` template, the byte string passed to
 * `Arguments::new::<N, M>(template, args)` (see `library/core/src/fmt/mod.rs`, "Internal
 * representation", and `fmt::write`, which this decoder mirrors).
 *
 * The template is a sequence of parts, ended by a single 0 byte:
 * - `0x01..=0x7F` n: a literal piece of n UTF-8 bytes, which follow.
 * - `0x80` lo hi: a literal piece whose length is the u16 `hi<<8|lo` (up to 65535 bytes); longer
 *   literals are split at char boundaries into several pieces.
 * - `0xC0`: a placeholder with default options for the next argument.
 * - `0xC1..=0xFF` b: a placeholder; the low six bits of b say which little-endian fields follow,
 *   in this order: bit 0 a u32 `flags` word (see `spec.ts`), bit 1 a u16 width, bit 2 a u16
 *   precision, bit 3 a u16 argument index. Bit 4 says the width field is the index of a
 *   `from_usize` count argument rather than a value, bit 5 the same for the precision. A field
 *   that is absent is 0 (rustc omits a zero width or precision even when its flag is set); absent
 *   flags are those of `{}` (fill ' ', alignment unknown).
 * - `0x00`: end of template.
 *
 * Placeholders without an argument index take the argument after the previous placeholder's
 * (starting at 0), even when that previous one had an explicit index.
 */

import { Align, FLAGS, FormatSpec, specFromRaw } from "./spec.ts";

/** A template that does not follow rustc 1.95's encoding (truncated, bad UTF-8, bad fields, …). */
export class FmtTemplateError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`malformed fmt::Arguments template at byte ${offset}: ${message}`);
    this.name = "FmtTemplateError";
  }
}

/** A width or precision: a value written in the format string, or taken from a count argument. */
export type Count = { literal: number } | { arg: number };

/** One `{…}` of a format string. */
export interface Placeholder {
  /** Index into the `Argument` array of the value to format. */
  arg: number;
  /** The fill character (one Unicode scalar value). */
  fill: string;
  /** `<` left, `>` right, `^` center, or unknown when none was written. */
  align: Align;
  /** The `+` flag (`"+"`), the `-` flag (`"-"`, accepted but unused by std), or neither. */
  sign: "+" | "-" | undefined;
  /** The `#` flag. */
  alternate: boolean;
  /** The `0` flag. */
  zeroPad: boolean;
  /** `x?` (`"lower"`) or `X?` (`"upper"`). */
  debugHex: "lower" | "upper" | undefined;
  /** Minimum width: `{:5}` gives `{literal: 5}`, `{:w$}`/`{:1$}` give `{arg: i}`; absent if none. */
  width?: Count;
  /** Precision: `{:.3}` gives `{literal: 3}`, `{:.*}`/`{:.p$}` give `{arg: i}`; absent if none. */
  precision?: Count;
  /** The raw u32 flags word the placeholder decoded to (fill, flags and alignment bits). */
  flags: number;
}

/** One part of a decoded template: a literal string or a placeholder. */
export type Piece = string | Placeholder;

const DEFAULT_FLAGS = (0x20 | (3 << FLAGS.ALIGN_SHIFT)) >>> 0;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/**
 * Decodes a template byte string into literal pieces and placeholders. If `argCount` (the `M` of
 * `Arguments::new::<N, M>`) is given, argument and count indices are checked against it.
 */
export function decodeTemplate(bytes: Uint8Array, argCount?: number): Piece[] {
  const pieces: Piece[] = [];
  let pos = 0;
  let nextArg = 0;
  const need = (n: number, what: string) => {
    if (pos + n > bytes.length) {
      throw new FmtTemplateError(`template ends inside ${what} (needs ${n} more bytes)`, pos);
    }
  };
  const u16 = (what: string) => {
    need(2, what);
    const v = bytes[pos] | (bytes[pos + 1] << 8);
    pos += 2;
    return v;
  };
  const checkIndex = (index: number, what: string, at: number) => {
    if (argCount !== undefined && index >= argCount) {
      throw new FmtTemplateError(`${what} index ${index} is out of range for ${argCount} arguments`, at);
    }
  };
  const literal = (len: number) => {
    need(len, "a literal piece");
    const start = pos;
    pos += len;
    try {
      return utf8.decode(bytes.subarray(start, pos));
    } catch {
      throw new FmtTemplateError("literal piece is not valid UTF-8", start);
    }
  };

  for (;;) {
    if (pos >= bytes.length) throw new FmtTemplateError("missing the terminating 0 byte", pos);
    const at = pos;
    const n = bytes[pos++];
    if (n === 0) break;
    if (n < 0x80) {
      pieces.push(literal(n));
    } else if (n === 0x80) {
      pieces.push(literal(u16("a literal length")));
    } else if (n < 0xc0) {
      throw new FmtTemplateError(`byte 0x${n.toString(16)} starts no part`, at);
    } else {
      let flags = DEFAULT_FLAGS;
      if (n & 1) {
        need(4, "placeholder flags");
        flags = (bytes[pos] | (bytes[pos + 1] << 8) | (bytes[pos + 2] << 16) | (bytes[pos + 3] << 24)) >>> 0;
        pos += 4;
        if (flags & 0x80000000) throw new FmtTemplateError("bit 31 of the placeholder flags is set", at + 1);
      }
      const widthValue = n & 2 ? u16("a placeholder width") : 0;
      const precisionValue = n & 4 ? u16("a placeholder precision") : 0;
      const arg = n & 8 ? u16("a placeholder argument index") : nextArg;
      nextArg = arg + 1;
      checkIndex(arg, "argument", at);

      const hasWidth = (flags & FLAGS.WIDTH) !== 0;
      const hasPrecision = (flags & FLAGS.PRECISION) !== 0;
      if (!hasWidth && (n & 0x12)) throw new FmtTemplateError("width given without the width flag", at);
      if (!hasPrecision && (n & 0x24)) {
        throw new FmtTemplateError("precision given without the precision flag", at);
      }
      let spec: FormatSpec;
      try {
        spec = specFromRaw({ flags, width: widthValue, precision: precisionValue });
      } catch (e) {
        throw new FmtTemplateError((e as Error).message, at + 1);
      }
      const p: Placeholder = {
        arg,
        fill: spec.fill,
        align: spec.align,
        sign: spec.sign,
        alternate: spec.alternate,
        zeroPad: spec.zeroPad,
        debugHex: spec.debugHex,
        flags,
      };
      if (hasWidth) {
        if (n & 0x10) checkIndex(widthValue, "width count", at);
        p.width = n & 0x10 ? { arg: widthValue } : { literal: widthValue };
      }
      if (hasPrecision) {
        if (n & 0x20) checkIndex(precisionValue, "precision count", at);
        p.precision = n & 0x20 ? { arg: precisionValue } : { literal: precisionValue };
      }
      pieces.push(p);
    }
  }
  if (pos !== bytes.length) {
    throw new FmtTemplateError(`${bytes.length - pos} bytes follow the terminating 0 byte`, pos);
  }
  return pieces;
}

/**
 * The `FormatSpec` a placeholder formats with, looking up `{arg: i}` widths/precisions through
 * `count(i)` (the u16 held by the `Argument::from_usize` at index i of the argument array).
 */
export function resolveSpec(p: Placeholder, count: (argIndex: number) => number): FormatSpec {
  const resolve = (c: Count | undefined) => {
    if (c === undefined) return undefined;
    if ("literal" in c) return c.literal;
    const v = count(c.arg);
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) {
      throw new RangeError(`count argument ${c.arg} holds ${v}, not a u16`);
    }
    return v;
  };
  return {
    fill: p.fill,
    align: p.align,
    sign: p.sign,
    alternate: p.alternate,
    zeroPad: p.zeroPad,
    debugHex: p.debugHex,
    width: resolve(p.width),
    precision: resolve(p.precision),
  };
}

/**
 * Renders decoded pieces as `fmt::write` does: literals verbatim, each placeholder as
 * `formatArg(argIndex, spec)`, with `{arg: i}` counts read through `count(i)`.
 */
export function renderTemplate(
  pieces: readonly Piece[],
  formatArg: (argIndex: number, spec: FormatSpec) => string,
  count: (argIndex: number) => number,
): string {
  let out = "";
  for (const p of pieces) out += typeof p === "string" ? p : formatArg(p.arg, resolveSpec(p, count));
  return out;
}

/**
 * `Arguments::estimated_capacity` (the initial capacity `format!` gives its String): twice the
 * literal bytes, except 0 when the template starts with a placeholder and has under 16 literal bytes.
 */
export function estimatedCapacity(pieces: readonly Piece[]): number {
  let length = 0;
  let startsWithPlaceholder = false;
  for (const p of pieces) {
    if (typeof p === "string") length += utf8Encoder.encode(p).length;
    else if (length === 0) startsWithPlaceholder = true;
  }
  return startsWithPlaceholder && length < 16 ? 0 : length * 2;
}
