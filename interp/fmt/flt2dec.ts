/**
 * Decimal digit generation for f32 and f64, matching Rust 1.95's `core::num::flt2dec`: the
 * shortest round-tripping digits (Dragon4 "free format", as `strategy::dragon::format_shortest`,
 * which Grisu provably agrees with) and exactly rounded digits (round half to even on the exact
 * binary value, as `format_exact`).
 */

/** A float type Rust formats. */
export type FloatType = "f32" | "f64";

/** A float split as `flt2dec::decode` does: `v = mant * 2^exp`, neighbours at `mant ± minus/plus`. */
export type DecodedFloat =
  | { kind: "nan"; negative: boolean }
  | { kind: "inf"; negative: boolean }
  | { kind: "zero"; negative: boolean }
  | {
    kind: "finite";
    negative: boolean;
    /** Scaled mantissa; the value is `mant * 2^exp`. */
    mant: bigint;
    /** The rounding interval's lower half-width, in units of `2^exp`. */
    minus: bigint;
    /** The rounding interval's upper half-width, in units of `2^exp`. */
    plus: bigint;
    /** Binary exponent. */
    exp: number;
    /** Whether values exactly on the interval's bounds round to this float (mantissa even). */
    inclusive: boolean;
  };

const view = new DataView(new ArrayBuffer(8));

/** Splits a float (for f32, a JS number holding an f32 value) like `flt2dec::decode`. */
export function decodeFloat(value: number, ty: FloatType): DecodedFloat {
  let negative: boolean, biased: number, frac: bigint, mantBits: number, bias: number, maxExp: number;
  if (ty === "f32") {
    view.setFloat32(0, value);
    const bits = view.getUint32(0);
    negative = bits >>> 31 === 1;
    biased = (bits >>> 23) & 0xff;
    frac = BigInt(bits & 0x7fffff);
    mantBits = 23;
    bias = 127;
    maxExp = 0xff;
  } else {
    view.setFloat64(0, value);
    const bits = view.getBigUint64(0);
    negative = bits >> 63n === 1n;
    biased = Number((bits >> 52n) & 0x7ffn);
    frac = bits & 0xfffffffffffffn;
    mantBits = 52;
    bias = 1023;
    maxExp = 0x7ff;
  }
  if (biased === maxExp) return { kind: frac === 0n ? "inf" : "nan", negative };
  if (biased === 0 && frac === 0n) return { kind: "zero", negative };
  // integer_decode: mant * 2^exp with an integral mantissa.
  let mant: bigint, exp: number;
  if (biased === 0) {
    mant = frac << 1n;
    exp = 1 - bias - mantBits - 1;
  } else {
    mant = frac | (1n << BigInt(mantBits));
    exp = biased - bias - mantBits;
  }
  const inclusive = (mant & 1n) === 0n;
  if (biased === 0) return { kind: "finite", negative, mant, minus: 1n, plus: 1n, exp, inclusive };
  if (mant === 1n << BigInt(mantBits)) {
    return { kind: "finite", negative, mant: mant << 2n, minus: 1n, plus: 2n, exp: exp - 2, inclusive };
  }
  return { kind: "finite", negative, mant: mant << 1n, minus: 1n, plus: 1n, exp: exp - 1, inclusive };
}

/** Decimal digits `d` (no leading zero) and exponent `k` meaning `0.d × 10^k`. */
export interface Digits {
  /** ASCII digits, the first one non-zero. */
  digits: string;
  /** Decimal exponent: the value is `0.<digits> × 10^exp`. */
  exp: number;
}

type Finite = Extract<DecodedFloat, { kind: "finite" }>;

/** `k_0` with `10^(k_0-1) < mant * 2^exp <= 10^(k_0+1)`, as `estimator::estimate_scaling_factor`. */
function estimateScalingFactor(mant: bigint, exp: number): number {
  // 2^(nbits-1) < mant <= 2^nbits; 1292913986 = floor(2^32 * log10(2)), so this never overestimates.
  const m1 = mant - 1n;
  const nbits = m1 === 0n ? 0 : m1.toString(2).length;
  return Math.floor(((nbits + exp) * 1292913986) / 2 ** 32);
}

/** Shortest digits that round-trip to the same float, closest to it (`format_shortest`). */
export function shortestDigits(d: Finite): Digits {
  let k = estimateScalingFactor(d.mant + d.plus, d.exp);
  let mant = d.mant, minus = d.minus, plus = d.plus, scale = 1n;
  if (d.exp < 0) {
    scale <<= BigInt(-d.exp);
  } else {
    mant <<= BigInt(d.exp);
    minus <<= BigInt(d.exp);
    plus <<= BigInt(d.exp);
  }
  if (k >= 0) {
    scale *= 10n ** BigInt(k);
  } else {
    const p = 10n ** BigInt(-k);
    mant *= p;
    minus *= p;
    plus *= p;
  }
  // `a < b` under the interval's inclusivity means `a <= b` when inclusive.
  const below = (a: bigint, b: bigint) => (d.inclusive ? a <= b : a < b);
  if (below(scale, mant + plus)) {
    k += 1;
  } else {
    mant *= 10n;
    minus *= 10n;
    plus *= 10n;
  }
  let digits = "";
  let down: boolean, up: boolean;
  for (;;) {
    const q = mant / scale;
    mant -= q * scale;
    digits += String.fromCharCode(48 + Number(q));
    down = below(mant, minus);
    up = below(scale, mant + plus);
    if (down || up) break;
    mant *= 10n;
    minus *= 10n;
    plus *= 10n;
  }
  if (up && (!down || mant * 2n >= scale)) {
    const r = roundUp(digits);
    digits = r.digits;
    if (r.carry) {
      digits += "0";
      k += 1;
    }
  }
  return { digits, exp: k };
}

/** `flt2dec::round_up`: adds one ulp to a digit string; `carry` when all digits were 9. */
function roundUp(digits: string): { digits: string; carry: boolean } {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i >= 0) {
    return {
      digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1),
      carry: false,
    };
  }
  return { digits: "1" + "0".repeat(Math.max(0, digits.length - 1)), carry: true };
}

/** `x / y` rounded half to even (x, y > 0). */
function divRoundHalfEven(x: bigint, y: bigint): bigint {
  const q = x / y;
  const r2 = (x - q * y) * 2n;
  if (r2 > y || (r2 === y && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** The value as an exact fraction `num / den`. */
function exactFraction(d: Finite): [bigint, bigint] {
  return d.exp >= 0 ? [d.mant << BigInt(d.exp), 1n] : [d.mant, 1n << BigInt(-d.exp)];
}

/**
 * The value rounded half to even to `fracDigits` digits after the point, as the integer
 * `round(v * 10^fracDigits)` (what `to_exact_fixed_str` prints; 0 when it rounds to zero).
 */
export function fixedDigits(d: Finite, fracDigits: number): bigint {
  const [num, den] = exactFraction(d);
  return divRoundHalfEven(num * 10n ** BigInt(fracDigits), den);
}

/** The value rounded half to even to `n >= 1` significant digits (what `to_exact_exp_str` uses). */
export function exactDigits(d: Finite, n: number): Digits {
  const [num, den] = exactFraction(d);
  // k with 10^(k-1) <= v < 10^k
  let k = estimateScalingFactor(d.mant, d.exp);
  const geq = (e: number) => (e >= 0 ? num >= den * 10n ** BigInt(e) : num * 10n ** BigInt(-e) >= den);
  while (geq(k)) k++;
  while (!geq(k - 1)) k--;
  const shift = n - k;
  let q = shift >= 0
    ? divRoundHalfEven(num * 10n ** BigInt(shift), den)
    : divRoundHalfEven(num, den * 10n ** BigInt(-shift));
  if (q === 10n ** BigInt(n)) {
    q = 10n ** BigInt(n - 1);
    k++;
  }
  return { digits: q.toString(), exp: k };
}
