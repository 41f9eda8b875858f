/**
 * The resolved options of one `{…}` placeholder (Rust's `core::fmt::FormattingOptions`), the bit
 * layout rustc 1.95 uses for them, and the answers `Formatter`'s query methods give.
 *
 * Layout of the `flags` word (core/fmt/mod.rs, `FormattingOptions::flags`):
 *
 * ```text
 *   31  30..29  28  27  26  25  24  23  22  21  20..0
 *   0   align   p   w   X?  x?  '0' #   -   +   fill (a char, 21 bits)
 * ```
 * `align` is 0 left (`<`), 1 right (`>`), 2 center (`^`), 3 unset; `p`/`w` say whether a precision /
 * width is set (their values are stored beside the flags, as u16).
 */

/** Alignment requested by `<`, `>`, `^`, or `"unknown"` when the placeholder gave none. */
export type Align = "left" | "right" | "center" | "unknown";

/** One placeholder's formatting options with width and precision already resolved to numbers. */
export interface FormatSpec {
  /** The fill character (one Unicode scalar value, default `" "`). */
  fill: string;
  /** The requested alignment; each type picks its own default for `"unknown"`. */
  align: Align;
  /** The `+` flag (`"+"`), the unused `-` flag (`"-"`), or neither. */
  sign: "+" | "-" | undefined;
  /** The `#` flag. */
  alternate: boolean;
  /** The `0` flag (sign-aware zero padding). */
  zeroPad: boolean;
  /** `{:x?}` (`"lower"`) or `{:X?}` (`"upper"`): Debug prints integers in hexadecimal. */
  debugHex: "lower" | "upper" | undefined;
  /** Minimum width in chars (0..=65535), or undefined when none was given. */
  width: number | undefined;
  /** Precision (0..=65535), or undefined when none was given. */
  precision: number | undefined;
}

/** The options of a plain `{}`: fill `' '`, no alignment, no flags, no width or precision. */
export const DEFAULT_SPEC: Readonly<FormatSpec> = Object.freeze({
  fill: " ",
  align: "unknown",
  sign: undefined,
  alternate: false,
  zeroPad: false,
  debugHex: undefined,
  width: undefined,
  precision: undefined,
});

/** A spec equal to `DEFAULT_SPEC` with the given fields overridden. */
export function makeSpec(fields: Partial<FormatSpec> = {}): FormatSpec {
  return { ...DEFAULT_SPEC, ...fields };
}

/** Bits of the `flags` word of `FormattingOptions` (must match rustc 1.95's encoding). */
export const FLAGS = Object.freeze({
  FILL_MASK: 0x1fffff,
  SIGN_PLUS: 1 << 21,
  SIGN_MINUS: 1 << 22,
  ALTERNATE: 1 << 23,
  SIGN_AWARE_ZERO_PAD: 1 << 24,
  DEBUG_LOWER_HEX: 1 << 25,
  DEBUG_UPPER_HEX: 1 << 26,
  WIDTH: 1 << 27,
  PRECISION: 1 << 28,
  ALIGN_SHIFT: 29,
});

const ALIGNS: readonly Align[] = ["left", "right", "center", "unknown"];

/** A `FormattingOptions` as stored in memory: the u32 flags word plus u16 width and precision. */
export interface RawOptions {
  /** The flags word described in this module's header. */
  flags: number;
  /** Width value (meaningful only when the WIDTH flag is set; otherwise 0). */
  width: number;
  /** Precision value (meaningful only when the PRECISION flag is set; otherwise 0). */
  precision: number;
}

/** Splits a flags word (and the width/precision values beside it) into a `FormatSpec`. */
export function specFromRaw(raw: RawOptions): FormatSpec {
  const f = raw.flags >>> 0;
  const fillCode = f & FLAGS.FILL_MASK;
  if (fillCode > 0x10ffff || (fillCode >= 0xd800 && fillCode <= 0xdfff)) {
    throw new RangeError(`fill ${fillCode.toString(16)} in formatting flags is not a char`);
  }
  return {
    fill: String.fromCodePoint(fillCode),
    align: ALIGNS[(f >>> FLAGS.ALIGN_SHIFT) & 3],
    sign: f & FLAGS.SIGN_PLUS ? "+" : f & FLAGS.SIGN_MINUS ? "-" : undefined,
    alternate: (f & FLAGS.ALTERNATE) !== 0,
    zeroPad: (f & FLAGS.SIGN_AWARE_ZERO_PAD) !== 0,
    debugHex: f & FLAGS.DEBUG_LOWER_HEX ? "lower" : f & FLAGS.DEBUG_UPPER_HEX ? "upper" : undefined,
    width: f & FLAGS.WIDTH ? raw.width & 0xffff : undefined,
    precision: f & FLAGS.PRECISION ? raw.precision & 0xffff : undefined,
  };
}

/** Packs a spec into `FormattingOptions`' in-memory form (inverse of `specFromRaw`). */
export function specToRaw(spec: FormatSpec): RawOptions {
  let flags = spec.fill.codePointAt(0)! | (ALIGNS.indexOf(spec.align) << FLAGS.ALIGN_SHIFT);
  if (spec.sign === "+") flags |= FLAGS.SIGN_PLUS;
  if (spec.sign === "-") flags |= FLAGS.SIGN_MINUS;
  if (spec.alternate) flags |= FLAGS.ALTERNATE;
  if (spec.zeroPad) flags |= FLAGS.SIGN_AWARE_ZERO_PAD;
  if (spec.debugHex === "lower") flags |= FLAGS.DEBUG_LOWER_HEX;
  if (spec.debugHex === "upper") flags |= FLAGS.DEBUG_UPPER_HEX;
  if (spec.width !== undefined) flags |= FLAGS.WIDTH;
  if (spec.precision !== undefined) flags |= FLAGS.PRECISION;
  return { flags: flags >>> 0, width: spec.width ?? 0, precision: spec.precision ?? 0 };
}

/** What `Formatter`'s query methods return for a formatter carrying `spec`. */
export interface FormatterQueries {
  /** `f.fill()`. */
  fill: string;
  /** `f.align()`: `None` (undefined) when no alignment was requested. */
  align: "left" | "right" | "center" | undefined;
  /** `f.width()`. */
  width: number | undefined;
  /** `f.precision()`. */
  precision: number | undefined;
  /** `f.sign_plus()`. */
  signPlus: boolean;
  /** `f.sign_minus()`. */
  signMinus: boolean;
  /** `f.alternate()`. */
  alternate: boolean;
  /** `f.sign_aware_zero_pad()`. */
  signAwareZeroPad: boolean;
  /** `f.debug_lower_hex()` (crate-private in std, used by integer Debug). */
  debugLowerHex: boolean;
  /** `f.debug_upper_hex()` (crate-private in std, used by integer Debug). */
  debugUpperHex: boolean;
  /** The deprecated `f.flags()`: bits 0..5 are `+`, `-`, `#`, `0`, `x?`, `X?`. */
  flags: number;
}

/** The values `f.fill()`, `f.align()`, `f.width()`, … give for a formatter with this spec. */
export function formatterQueries(spec: FormatSpec): FormatterQueries {
  return {
    fill: spec.fill,
    align: spec.align === "unknown" ? undefined : spec.align,
    width: spec.width,
    precision: spec.precision,
    signPlus: spec.sign === "+",
    signMinus: spec.sign === "-",
    alternate: spec.alternate,
    signAwareZeroPad: spec.zeroPad,
    debugLowerHex: spec.debugHex === "lower",
    debugUpperHex: spec.debugHex === "upper",
    flags: (specToRaw(spec).flags >>> 21) & 0x3f,
  };
}
