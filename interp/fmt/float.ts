/**
 * f32/f64 formatting as Rust 1.95's `Display`, `Debug`, `LowerExp` and `UpperExp` impls
 * (core/fmt/float.rs with `flt2dec::to_shortest_str`, `to_shortest_exp_str`, `to_exact_fixed_str`
 * and `to_exact_exp_str`).
 */

import { DecodedFloat, decodeFloat, Digits, exactDigits, fixedDigits, FloatType, shortestDigits } from "./flt2dec.ts";
import { padFormattedParts } from "./pad.ts";
import type { FormatSpec } from "./spec.ts";

/** The float types, re-exported for callers of `formatFloat`. */
export type { FloatType } from "./flt2dec.ts";

/** A formatting trait that floats implement. */
export type FloatTrait = "display" | "debug" | "lowerExp" | "upperExp";

/** `determine_sign`: NaN never gets a sign; `+` only under the `+` flag. */
function signOf(d: DecodedFloat, spec: FormatSpec): string {
  if (d.kind === "nan") return "";
  if (d.negative) return "-";
  return spec.sign === "+" ? "+" : "";
}

/** `digits_to_dec_str`: `0.<digits> × 10^exp` in positional notation with ≥ `fracDigits` decimals. */
function digitsToDec({ digits, exp }: Digits, fracDigits: number): string {
  const len = digits.length;
  if (exp <= 0) {
    const extra = fracDigits > len && fracDigits - len > -exp ? fracDigits - len + exp : 0;
    return "0." + "0".repeat(-exp) + digits + "0".repeat(extra);
  }
  if (exp < len) {
    const extra = fracDigits > len - exp ? fracDigits - (len - exp) : 0;
    return digits.slice(0, exp) + "." + digits.slice(exp) + "0".repeat(extra);
  }
  return digits + "0".repeat(exp - len) + (fracDigits > 0 ? "." + "0".repeat(fracDigits) : "");
}

/** `digits_to_exp_str`: `d.ddd` (at least `minDigits` digits) then `e<exp-1>`. */
function digitsToExp({ digits, exp }: Digits, minDigits: number, upper: boolean): string {
  let s = digits[0];
  if (digits.length > 1 || minDigits > 1) {
    s += "." + digits.slice(1) + "0".repeat(Math.max(0, minDigits - digits.length));
  }
  return s + (upper ? "E" : "e") + (exp - 1);
}

/** Body of `to_shortest_str` (no sign): positional, at least `fracDigits` decimals. */
function shortestDec(d: DecodedFloat, fracDigits: number): string {
  if (d.kind === "nan") return "NaN";
  if (d.kind === "inf") return "inf";
  if (d.kind === "zero") return fracDigits > 0 ? "0." + "0".repeat(fracDigits) : "0";
  return digitsToDec(shortestDigits(d), fracDigits);
}

/** Body of `to_shortest_exp_str` with `dec_bounds = (0, 0)`: always exponential. */
function shortestExp(d: DecodedFloat, upper: boolean): string {
  if (d.kind === "nan") return "NaN";
  if (d.kind === "inf") return "inf";
  if (d.kind === "zero") return upper ? "0E0" : "0e0";
  return digitsToExp(shortestDigits(d), 0, upper);
}

/** Body of `to_exact_fixed_str`: exactly `fracDigits` decimals, rounded half to even. */
function exactFixed(d: DecodedFloat, fracDigits: number): string {
  if (d.kind === "nan") return "NaN";
  if (d.kind === "inf") return "inf";
  const n = d.kind === "zero" ? 0n : fixedDigits(d, fracDigits);
  if (fracDigits === 0) return n.toString();
  const s = n.toString().padStart(fracDigits + 1, "0");
  return s.slice(0, s.length - fracDigits) + "." + s.slice(s.length - fracDigits);
}

/** Body of `to_exact_exp_str`: exactly `ndigits` significant digits, rounded half to even. */
function exactExp(d: DecodedFloat, ndigits: number, upper: boolean): string {
  if (d.kind === "nan") return "NaN";
  if (d.kind === "inf") return "inf";
  const e = upper ? "E0" : "e0";
  if (d.kind === "zero") return ndigits > 1 ? "0." + "0".repeat(ndigits - 1) + e : "0" + e;
  return digitsToExp(exactDigits(d, ndigits), ndigits, upper);
}

/** `Display` for floats: shortest round-trip digits, never exponential; `{:.N}` rounds exactly. */
export function floatDisplay(value: number, ty: FloatType, spec: FormatSpec): string {
  const d = decodeFloat(value, ty);
  const body = spec.precision !== undefined ? exactFixed(d, spec.precision) : shortestDec(d, 0);
  return padFormattedParts(signOf(d, spec), body, spec);
}

/** Whether `{:?}` switches to exponential form: `0 < |v| < 1e-4` or `|v| >= 1e16` (in v's type). */
export function debugUsesExponential(value: number, ty: FloatType): boolean {
  const abs = Math.abs(ty === "f32" ? Math.fround(value) : value);
  const min = ty === "f32" ? Math.fround(1e-4) : 1e-4;
  const max = ty === "f32" ? Math.fround(1e16) : 1e16;
  return (abs !== 0 && abs < min) || abs >= max;
}

/** `Debug` for floats: like Display but with at least one decimal, exponential when tiny/huge. */
export function floatDebug(value: number, ty: FloatType, spec: FormatSpec): string {
  const d = decodeFloat(value, ty);
  let body: string;
  if (spec.precision !== undefined) body = exactFixed(d, spec.precision);
  else if (debugUsesExponential(value, ty)) body = shortestExp(d, false);
  else body = shortestDec(d, 1);
  return padFormattedParts(signOf(d, spec), body, spec);
}

/** `LowerExp` (`upper` false) / `UpperExp`: `d.ddde<exp>`; `{:.N e}` keeps N decimals exactly. */
export function floatExp(value: number, ty: FloatType, upper: boolean, spec: FormatSpec): string {
  const d = decodeFloat(value, ty);
  const body = spec.precision !== undefined ? exactExp(d, spec.precision + 1, upper) : shortestExp(d, upper);
  return padFormattedParts(signOf(d, spec), body, spec);
}

/** Formats a float with the given trait, as `<ty as Trait>::fmt` would (f32 values are rounded). */
export function formatFloat(value: number, ty: FloatType, trait: FloatTrait, spec: FormatSpec): string {
  const v = ty === "f32" ? Math.fround(value) : value;
  switch (trait) {
    case "display":
      return floatDisplay(v, ty, spec);
    case "debug":
      return floatDebug(v, ty, spec);
    case "lowerExp":
      return floatExp(v, ty, false, spec);
    case "upperExp":
      return floatExp(v, ty, true, spec);
  }
}
