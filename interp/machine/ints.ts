/**
 * Exact integer semantics for every Rust integer width.
 *
 * Values are "canonical": a JS number when the value is a safe integer (|v| < 2^53), a bigint
 * otherwise. Types of 32 bits or fewer are always numbers. Canonical values of equal integers are
 * `===`, and mixed number/bigint relational comparisons (`<`) are exact in JS.
 */

import type { IntName } from "./types.ts";

/** An integer value in canonical representation. */
export type Int = number | bigint;

const SAFE = 9007199254740991;

/** Bits, signedness, range of each integer type. */
export interface IntInfo {
  bits: number;
  signed: boolean;
  min: bigint;
  max: bigint;
}

const INFO: Record<IntName, IntInfo> = {} as Record<IntName, IntInfo>;
for (const [name, bits] of [["8", 8], ["16", 16], ["32", 32], ["64", 64], ["128", 128], ["size", 64]] as const) {
  const b = BigInt(bits);
  INFO[`u${name}` as IntName] = { bits, signed: false, min: 0n, max: (1n << b) - 1n };
  INFO[`i${name}` as IntName] = { bits, signed: true, min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n };
}

/** Facts about integer type `t`. */
export function intInfo(t: IntName): IntInfo {
  return INFO[t];
}

/** Canonical form of a bigint. */
export function canon(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Truncates any integer to type `t` (two's complement wrapping), canonically. */
export function wrap(t: IntName, v: Int): Int {
  switch (t) {
    case "u8":
      return typeof v === "number" && v >= 0 && v <= 255 ? v : Number(BigInt.asUintN(8, BigInt(v)));
    case "i8":
      return typeof v === "number" && v >= -128 && v <= 127 ? v : Number(BigInt.asIntN(8, BigInt(v)));
    case "u16":
      return typeof v === "number" && v >= 0 && v <= 65535 ? v : Number(BigInt.asUintN(16, BigInt(v)));
    case "i16":
      return typeof v === "number" && v >= -32768 && v <= 32767 ? v : Number(BigInt.asIntN(16, BigInt(v)));
    case "u32":
      return typeof v === "number"
        ? v >>> 0 === v ? v : Number(BigInt.asUintN(32, BigInt(v)))
        : Number(BigInt.asUintN(32, v));
    case "i32":
      return typeof v === "number"
        ? (v | 0) === v ? v : Number(BigInt.asIntN(32, BigInt(v)))
        : Number(BigInt.asIntN(32, v));
    case "u64":
    case "usize":
      if (typeof v === "number" && v >= 0 && v <= SAFE) return v;
      return canon(BigInt.asUintN(64, BigInt(v)));
    case "i64":
    case "isize":
      if (typeof v === "number" && v >= -SAFE && v <= SAFE) return v;
      return canon(BigInt.asIntN(64, BigInt(v)));
    case "u128":
      if (typeof v === "number" && v >= 0 && v <= SAFE) return v;
      return canon(BigInt.asUintN(128, BigInt(v)));
    case "i128":
      if (typeof v === "number" && v >= -SAFE && v <= SAFE) return v;
      return canon(BigInt.asIntN(128, BigInt(v)));
  }
}

/** True if `v` (an exact integer) is within the range of `t`. */
export function inRange(t: IntName, v: Int): boolean {
  const i = INFO[t];
  if (typeof v === "number") {
    if (i.bits <= 32 || (v >= -SAFE && v <= SAFE)) return v >= Number(i.min) && v <= Number(i.max);
    return false;
  }
  return v >= i.min && v <= i.max;
}

/** Exact sum, difference or product (not wrapped), canonical. */
function exact(op: "+" | "-" | "*", a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = op === "+" ? a + b : op === "-" ? a - b : a * b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  const x = BigInt(a), y = BigInt(b);
  return canon(op === "+" ? x + y : op === "-" ? x - y : x * y);
}

/** Wrapping add/sub/mul in type `t`. */
export function add(t: IntName, a: Int, b: Int): Int {
  return wrap(t, exact("+", a, b));
}
export function sub(t: IntName, a: Int, b: Int): Int {
  return wrap(t, exact("-", a, b));
}
export function mul(t: IntName, a: Int, b: Int): Int {
  return wrap(t, exact("*", a, b));
}

/** `(wrapped result, overflowed)` for the `*WithOverflow` MIR operators. */
export function withOverflow(t: IntName, op: "+" | "-" | "*", a: Int, b: Int): [Int, boolean] {
  const r = exact(op, a, b);
  if (inRange(t, r)) return [r, false];
  return [wrap(t, r), true];
}

/** Truncating division; the caller has already excluded division by zero and MIN / -1. */
export function div(t: IntName, a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (INFO[t].bits <= 32) return wrap(t, Math.trunc(a / b));
    const q = Math.trunc(a / b);
    // Exact for safe integers when the quotient is small enough that a - q*b is exact.
    const r = a - q * b;
    if (Math.abs(q) < 2 ** 52 && Math.abs(r) < Math.abs(b) && (r === 0 || Math.sign(r) === Math.sign(a))) {
      return wrap(t, q);
    }
  }
  return wrap(t, canon(BigInt(a) / BigInt(b)));
}

/** Remainder with the sign of the dividend (Rust's `%`). */
export function rem(t: IntName, a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") return wrap(t, a % b);
  return wrap(t, canon(BigInt(a) % BigInt(b)));
}

/** Bitwise and/or/xor in type `t`. */
export function bitand(t: IntName, a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && INFO[t].bits <= 32) return wrap(t, a & b);
  return wrap(t, BigInt(a) & BigInt(b));
}
export function bitor(t: IntName, a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && INFO[t].bits <= 32) return wrap(t, a | b);
  return wrap(t, BigInt(a) | BigInt(b));
}
export function bitxor(t: IntName, a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && INFO[t].bits <= 32) return wrap(t, a ^ b);
  return wrap(t, BigInt(a) ^ BigInt(b));
}

/** Bitwise not in type `t`. */
export function not(t: IntName, a: Int): Int {
  if (typeof a === "number" && INFO[t].bits <= 32) return wrap(t, ~a);
  return wrap(t, ~BigInt(a));
}

/** Wrapping negation. */
export function neg(t: IntName, a: Int): Int {
  return wrap(t, typeof a === "number" ? -a : -a);
}

/** Shift left; the shift amount is taken modulo the width (MIR `Shl`). */
export function shl(t: IntName, a: Int, b: Int): Int {
  const bits = INFO[t].bits;
  const s = Number(BigInt(b) & BigInt(bits - 1));
  if (typeof a === "number" && bits <= 32 && s < 32) return wrap(t, bits === 32 ? a << s : a * 2 ** s);
  return wrap(t, BigInt(a) << BigInt(s));
}

/** Shift right (arithmetic for signed types); amount modulo the width (MIR `Shr`). */
export function shr(t: IntName, a: Int, b: Int): Int {
  const info = INFO[t];
  const s = Number(BigInt(b) & BigInt(info.bits - 1));
  if (typeof a === "number" && info.bits <= 32) return info.signed ? a >> s : wrap(t, a >>> s);
  return wrap(t, BigInt(a) >> BigInt(s));
}

/** Number of set bits, leading/trailing zeros and similar helpers used by shims. */
export function toBig(t: IntName, a: Int): bigint {
  const v = BigInt(a);
  return INFO[t].signed ? BigInt.asUintN(INFO[t].bits, v) : v;
}

/** Converts a JS number (float) to integer type `t` with Rust's saturating `as` semantics. */
export function floatToInt(t: IntName, f: number): Int {
  if (Number.isNaN(f)) return 0;
  const info = INFO[t];
  if (f === Infinity) return canon(info.max);
  if (f === -Infinity) return canon(info.min);
  const tr = Math.trunc(f);
  const v = Number.isSafeInteger(tr) ? BigInt(tr) : BigInt(tr);
  if (v < info.min) return canon(info.min);
  if (v > info.max) return canon(info.max);
  return canon(v);
}

/** Converts an integer to a float of `bits` width (round to nearest, as Rust's `as`). */
export function intToFloat(bits: 32 | 64, v: Int): number {
  const f = typeof v === "number" ? v : Number(v);
  return bits === 32 ? Math.fround(f) : f;
}

/** Compares two canonical integers: -1, 0 or 1. */
export function cmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
