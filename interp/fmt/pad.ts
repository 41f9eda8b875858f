/**
 * Padding as `Formatter::pad`, `Formatter::pad_integral` and `Formatter::pad_formatted_parts` do it
 * in Rust 1.95 (core/fmt/mod.rs). Widths count chars (Unicode scalar values), not UTF-16 units.
 */

import type { FormatSpec } from "./spec.ts";

/** Number of Unicode scalar values in `s`. */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The fill written before and after a value needing `padding` fill chars (`Formatter::padding`):
 * `defaultAlign` applies when the spec gives no alignment; center puts the odd char after.
 */
export function padding(spec: FormatSpec, padding: number, defaultAlign: "left" | "right"): [string, string] {
  const align = spec.align === "unknown" ? defaultAlign : spec.align;
  const left = align === "left" ? 0 : align === "right" ? padding : Math.floor(padding / 2);
  return [spec.fill.repeat(left), spec.fill.repeat(padding - left)];
}

/**
 * `Formatter::pad(s)`: truncates `s` to `precision` chars, then pads it to `width` (default
 * alignment left). This is how `str`, `char` and `bool` Display (and user `f.pad(..)`) format.
 */
export function pad(s: string, spec: FormatSpec): string {
  if (spec.width === undefined && spec.precision === undefined) return s;
  let count: number;
  if (spec.precision !== undefined) {
    let end = 0;
    count = 0;
    while (count < spec.precision && end < s.length) {
      const c = s.codePointAt(end)!;
      end += c > 0xffff ? 2 : 1;
      count++;
    }
    s = s.slice(0, end);
  } else {
    count = charCount(s);
  }
  const width = spec.width ?? 0;
  if (count >= width) return s;
  const [pre, post] = padding(spec, width - count, "left");
  return pre + s + post;
}

/**
 * `Formatter::pad_integral`: writes an integer's `digits` (no sign) with its sign (`-` when
 * `isNonNegative` is false, `+` under the `+` flag), `prefix` under the `#` flag, and padding to
 * `width` (default alignment right; the `0` flag zero-pads between sign/prefix and digits).
 * Precision is ignored.
 */
export function padIntegral(isNonNegative: boolean, prefix: string, digits: string, spec: FormatSpec): string {
  let width = digits.length;
  let sign = "";
  if (!isNonNegative) {
    sign = "-";
    width++;
  } else if (spec.sign === "+") {
    sign = "+";
    width++;
  }
  let pre = "";
  if (spec.alternate) {
    pre = prefix;
    width += charCount(prefix);
  }
  const min = spec.width ?? 0;
  if (width >= min) return sign + pre + digits;
  if (spec.zeroPad) return sign + pre + "0".repeat(min - width) + digits;
  const [left, right] = padding(spec, min - width, "right");
  return left + sign + pre + digits + right;
}

/**
 * `Formatter::pad_formatted_parts` for a number already rendered as `sign` (`""`, `"-"` or `"+"`)
 * and ASCII `body`: pads to `width` (default alignment right); with the `0` flag the sign goes
 * first and zeros fill between it and the body (even for `inf` and `NaN`).
 */
export function padFormattedParts(sign: string, body: string, spec: FormatSpec): string {
  let width = spec.width ?? 0;
  if (width === 0) return sign + body;
  let out = "";
  let fillSpec = spec;
  if (spec.zeroPad) {
    out = sign;
    sign = "";
    width = Math.max(0, width - out.length);
    fillSpec = { ...spec, fill: "0", align: "right" };
  }
  const len = sign.length + body.length;
  if (width <= len) return out + sign + body;
  const [left, right] = padding(fillSpec, width - len, "right");
  return out + left + sign + body + right;
}
