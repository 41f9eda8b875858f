/**
 * Integer formatting as Rust 1.95's `Display`, `Debug`, `LowerHex`, `UpperHex`, `Octal`, `Binary`,
 * `LowerExp` and `UpperExp` impls for i8…i128, u8…u128, isize and usize (64-bit target)
 * (core/fmt/num.rs).
 */

import { padFormattedParts, padIntegral } from "./pad.ts";
import type { FormatSpec } from "./spec.ts";

/** A Rust integer type name (`isize`/`usize` are 64 bits wide). */
export type IntType = "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize";

/** A formatting trait that integers implement. */
export type IntTrait = "display" | "debug" | "lowerHex" | "upperHex" | "octal" | "binary" | "lowerExp" | "upperExp";

const BITS: Record<IntType, number> = {
  i8: 8,
  i16: 16,
  i32: 32,
  i64: 64,
  i128: 128,
  isize: 64,
  u8: 8,
  u16: 16,
  u32: 32,
  u64: 64,
  u128: 128,
  usize: 64,
};

/** Width in bits and signedness of an integer type. */
export function intTypeInfo(ty: IntType): { bits: number; signed: boolean } {
  const bits = BITS[ty];
  if (bits === undefined) throw new TypeError(`${ty} is not an integer type`);
  return { bits, signed: ty.startsWith("i") };
}

/**
 * The value as a bigint in the type's range. Values outside it are reduced modulo 2^bits, so both
 * the signed reading and the raw bit pattern of a signed value are accepted.
 */
export function normalizeInt(value: number | bigint, ty: IntType): bigint {
  if (typeof value === "number" && !Number.isInteger(value)) {
    throw new RangeError(`${value} is not an integer (formatting as ${ty})`);
  }
  const { bits, signed } = intTypeInfo(ty);
  const v = BigInt(value);
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** `Display` (and plain `Debug`): decimal digits, `-` for negatives, padded by `pad_integral`. */
export function intDisplay(value: number | bigint, ty: IntType, spec: FormatSpec): string {
  const v = normalizeInt(value, ty);
  const neg = v < 0n;
  return padIntegral(!neg, "", (neg ? -v : v).toString(), spec);
}

/** `Debug`: like Display, except that `{:x?}` / `{:X?}` print lower / upper hexadecimal. */
export function intDebug(value: number | bigint, ty: IntType, spec: FormatSpec): string {
  if (spec.debugHex === "lower") return intRadix(value, ty, 16, false, spec);
  if (spec.debugHex === "upper") return intRadix(value, ty, 16, true, spec);
  return intDisplay(value, ty, spec);
}

const PREFIX: Record<number, string> = { 2: "0b", 8: "0o", 16: "0x" };

/**
 * `Binary` (radix 2), `Octal` (8), `LowerHex`/`UpperHex` (16): the unsigned digits of the value's
 * two's complement bit pattern in its type's width, with `0b`/`0o`/`0x` under `#`.
 */
export function intRadix(
  value: number | bigint,
  ty: IntType,
  radix: 2 | 8 | 16,
  upper: boolean,
  spec: FormatSpec,
): string {
  const { bits } = intTypeInfo(ty);
  let digits = BigInt.asUintN(bits, normalizeInt(value, ty)).toString(radix);
  if (upper) digits = digits.toUpperCase();
  return padIntegral(true, PREFIX[radix], digits, spec);
}

/**
 * `LowerExp` / `UpperExp` for integers: `d.ddde<exp>` with trailing zeros dropped, or exactly
 * `precision` fraction digits rounded half to even (core/fmt/num.rs `exp_u64`).
 */
export function intExp(value: number | bigint, ty: IntType, upper: boolean, spec: FormatSpec): string {
  const v = normalizeInt(value, ty);
  const isNonNegative = v >= 0n;
  let coef = isNonNegative ? v : -v;
  let exp = coef === 0n ? 0 : coef.toString().length - 1;
  let coefPrec = exp;
  let morePrec = 0;
  if (spec.precision === undefined) {
    while (coefPrec !== 0 && coef % 10n === 0n) {
      coef /= 10n;
      coefPrec--;
    }
  } else if (spec.precision >= coefPrec) {
    morePrec = spec.precision - coefPrec;
  } else {
    const lessPrec = coefPrec - spec.precision;
    const scale = 10n ** BigInt(lessPrec);
    const floor = coef / scale;
    const over = coef % scale;
    const half = scale / 2n;
    const roundUp = over < half ? 0n : over > half ? 1n : floor & 1n;
    coef = floor + roundUp;
    coefPrec = spec.precision;
    if (roundUp !== 0n && coef.toString().length - 1 > coefPrec) {
      coef /= 10n;
      exp++;
    }
  }
  const coefDigits = coef.toString().padStart(coefPrec + 1, "0");
  const mantissa = coefPrec === 0 && morePrec === 0 ? coefDigits : `${coefDigits[0]}.${coefDigits.slice(1)}`;
  const e = (upper ? "E" : "e") + exp;
  if (morePrec === 0) return padIntegral(isNonNegative, "", mantissa + e, spec);
  const sign = !isNonNegative ? "-" : spec.sign === "+" ? "+" : "";
  return padFormattedParts(sign, mantissa + "0".repeat(morePrec) + e, spec);
}

/** Formats an integer with the given trait, as `<ty as Trait>::fmt` would. */
export function formatInt(value: number | bigint, ty: IntType, trait: IntTrait, spec: FormatSpec): string {
  switch (trait) {
    case "display":
      return intDisplay(value, ty, spec);
    case "debug":
      return intDebug(value, ty, spec);
    case "lowerHex":
      return intRadix(value, ty, 16, false, spec);
    case "upperHex":
      return intRadix(value, ty, 16, true, spec);
    case "octal":
      return intRadix(value, ty, 8, false, spec);
    case "binary":
      return intRadix(value, ty, 2, false, spec);
    case "lowerExp":
      return intExp(value, ty, false, spec);
    case "upperExp":
      return intExp(value, ty, true, spec);
  }
}
