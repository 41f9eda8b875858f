/**
 * Shims for primitive numbers, `char` and `bool`: inherent methods (`wrapping_add`,
 * `checked_mul`, `to_le_bytes`, `sqrt`, `to_digit`…) and std trait impls for primitives (`Clone`,
 * `PartialEq`, `Ord`, `From`, `TryFrom`, arithmetic operator traits).
 */

import { layoutOf } from "../machine/layout.ts";
import * as I from "../machine/ints.ts";
import type { Machine } from "../machine/machine.ts";
import type { IntName, RType } from "../machine/types.ts";
import { register } from "./table.ts";
import { num, site, value, writeOption, writeResult } from "./util.ts";
import type { ShimSite } from "./api.ts";
import { RUST_LIBRARY } from "../std/libsrc.ts";

type Int = I.Int;

function selfInt(s: ShimSite): IntName | undefined {
  const u = underRefs(s.self ?? s.argTys[0]);
  return u?.k === "int" ? u.name : undefined;
}

/** Registers `int::name` for every integer type with an implementation built from the type. */
function intMethod(
  names: string | string[],
  make: (t: IntName, s: ShimSite, m: Machine) => ((...a: never[]) => unknown) | undefined,
  mode?: "value" | "dst",
) {
  register(
    (Array.isArray(names) ? names : [names]).map((n) => `int::${n}`),
    site((s, m) => {
      const t = selfInt(s);
      return t ? make(t, s, m) as never : undefined;
    }, mode),
  );
}

const big = (v: Int) => BigInt(v);
const info = I.intInfo;

/** Reads through references: operator impls exist for `&i32 + i32`, `i32 += &i32`, `&&u8 == &&u8`. */
function derefArg(m: Machine, t: RType | undefined, v: unknown): unknown {
  let u = t;
  while (u && u.k === "ref") {
    v = m.loadValue(v as number, u.to);
    u = u.to;
  }
  return v;
}

/** The primitive behind any number of references. */
function underRefs(t: RType | undefined): RType | undefined {
  let u = t;
  while (u && u.k === "ref") u = u.to;
  return u;
}

// Wrapping arithmetic.
intMethod("wrapping_add", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.add(t, a, b));
intMethod("wrapping_sub", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.sub(t, a, b));
intMethod("wrapping_mul", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.mul(t, a, b));
intMethod("wrapping_neg", (t) => (_m: Machine, _f: unknown, a: Int) => I.neg(t, a));
intMethod("wrapping_shl", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.shl(t, a, b));
intMethod("wrapping_shr", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.shr(t, a, b));
intMethod("wrapping_div", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.wrap(t, I.canon(big(a) / big(b))));
intMethod("wrapping_rem", (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => I.wrap(t, I.canon(big(a) % big(b))));
intMethod(
  "wrapping_pow",
  (t) => (_m: Machine, _f: unknown, a: Int, e: Int) => I.wrap(t, I.canon(wrappingPow(t, big(a), big(e)))),
);
intMethod(
  "wrapping_abs",
  (t) => (_m: Machine, _f: unknown, a: Int) => I.wrap(t, I.canon(big(a) < 0n ? -big(a) : big(a))),
);

// Checked arithmetic: Option<T>.
function checked(name: string, op: (a: bigint, b: bigint, t: IntName) => bigint | undefined) {
  intMethod(name, (t, s) => (m: Machine, _f: unknown, dst: number, a: Int, b: Int) => {
    const r = op(big(a), b === undefined ? 0n : big(b), t);
    const ok = r !== undefined && I.inRange(t, I.canon(r));
    writeOption(m, s.retTy, dst, ok ? I.canon(r!) : undefined, ok);
  }, "dst");
}
checked("checked_add", (a, b) => a + b);
checked("checked_sub", (a, b) => a - b);
checked("checked_mul", (a, b) => a * b);
checked("checked_div", (a, b) => (b === 0n ? undefined : a / b));
checked("checked_rem", (a, b, t) => (b === 0n || (b === -1n && a === info(t).min) ? undefined : a % b));
checked("checked_neg", (a) => -a);
checked("checked_abs", (a) => (a < 0n ? -a : a));
checked("checked_pow", ipow);
checked("checked_shl", (a, b, t) => (b >= BigInt(info(t).bits) ? undefined : BigInt(I.shl(t, a, b))));
checked("checked_shr", (a, b, t) => (b >= BigInt(info(t).bits) ? undefined : BigInt(I.shr(t, a, b))));
checked("checked_div_euclid", (a, b) => (b === 0n ? undefined : divEuclid(a, b)));
checked(
  "checked_rem_euclid",
  (a, b, t) => (b === 0n || (b === -1n && a === info(t).min) ? undefined : remEuclid(a, b)),
);

// Overflowing arithmetic: (wrapped result, whether it overflowed). Division and remainder by
// zero still panic, as in std.
function overflowing(name: string, op: (a: bigint, b: bigint, t: IntName) => bigint) {
  intMethod(name, (t, s, m) => {
    const l = layoutOf(s.retTy, m.tt);
    const [r0, r1] = [l.variants[0].fields[0].offset, l.variants[0].fields[1].offset];
    return (mm: Machine, _f: unknown, dst: number, a: Int, b: Int) => {
      const bb = b === undefined ? 0n : big(b);
      if ((name === "overflowing_div" || name === "overflowing_rem") && bb === 0n) {
        mm.panic(
          name === "overflowing_div"
            ? "attempt to divide by zero"
            : "attempt to calculate the remainder with a divisor of zero",
          s.span,
        );
      }
      const exact = op(big(a), bb, t);
      const wrapped = I.wrap(t, I.canon(exact));
      mm.mem.writeInt(dst + r0, t, wrapped);
      mm.mem.writeU8(dst + r1, BigInt(wrapped) === exact ? 0 : 1);
    };
  }, "dst");
}
overflowing("overflowing_add", (a, b) => a + b);
overflowing("overflowing_sub", (a, b) => a - b);
overflowing("overflowing_mul", (a, b) => a * b);
overflowing("overflowing_div", (a, b) => a / b);
overflowing("overflowing_rem", (a, b, t) => (b === -1n && a === info(t).min ? 1n << 200n : a % b));
overflowing("overflowing_neg", (a) => -a);
overflowing("overflowing_abs", (a) => (a < 0n ? -a : a));
// Out of range: the true low bits plus 2^300, so the helper wraps to them and flags overflow.
overflowing("overflowing_pow", (a, b, t) => {
  const r = ipow(a, b);
  return I.inRange(t, I.canon(r)) ? r : wrappingPow(t, a, b) + (1n << 300n);
});
overflowing(
  "overflowing_shl",
  (a, b, t) => (b >= BigInt(info(t).bits) ? (1n << 300n) + BigInt(I.shl(t, a, b)) : BigInt(I.shl(t, a, b))),
);
overflowing(
  "overflowing_shr",
  (a, b, t) => (b >= BigInt(info(t).bits) ? (1n << 300n) + BigInt(I.shr(t, a, b)) : BigInt(I.shr(t, a, b))),
);

// Saturating arithmetic.
function saturating(name: string, op: (a: bigint, b: bigint) => bigint) {
  intMethod(name, (t) => (_m: Machine, _f: unknown, a: Int, b: Int) => {
    const r = op(big(a), b === undefined ? 0n : big(b));
    const i = info(t);
    return I.canon(r < i.min ? i.min : r > i.max ? i.max : r);
  });
}
saturating("saturating_add", (a, b) => a + b);
saturating("saturating_sub", (a, b) => a - b);
saturating("saturating_mul", (a, b) => a * b);
saturating("saturating_pow", ipow);
saturating("saturating_abs", (a) => (a < 0n ? -a : a));
saturating("saturating_neg", (a) => -a);

/**
 * `a ** e` for the `pow` family: exact while it can fit a 128-bit integer; beyond that (|a| ≥ 2
 * and e > 128) a value of the right sign far outside every integer type, instead of a number with
 * billions of digits (`12u32.pow(u32::MAX)` must panic, not exhaust memory).
 */
function ipow(a: bigint, e: bigint): bigint {
  if (a >= -1n && a <= 1n) return a === -1n ? (e % 2n === 0n ? 1n : -1n) : e === 0n ? 1n : a;
  if (e > 128n) return (a < 0n && e % 2n === 1n ? -1n : 1n) << 256n;
  return a ** e;
}

/** `a ** e` modulo 2^bits of type `t` (square and multiply, never growing past 2·bits). */
function wrappingPow(t: IntName, a: bigint, e: bigint): bigint {
  const bits = I.intInfo(t).bits;
  let r = 1n, b = BigInt.asUintN(bits, a);
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) r = BigInt.asUintN(bits, r * b);
    b = BigInt.asUintN(bits, b * b);
  }
  return r;
}

function divEuclid(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (r < 0n) return b > 0n ? q - 1n : q + 1n;
  return q;
}
function remEuclid(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r < 0n ? (b < 0n ? r - b : r + b) : r;
}

intMethod("pow", (t) => (m: Machine, _f: unknown, a: Int, e: Int) => {
  const r = ipow(big(a), big(e));
  if (!I.inRange(t, I.canon(r))) m.panic("attempt to multiply with overflow", coreNumSite(t));
  return I.canon(r);
});
/**
 * `abs` and `pow` are not `#[track_caller]`: their overflow panics inside core, at the type's
 * `int_impl!`/`uint_impl!` invocation in num/mod.rs (lines of the pinned rustc's library, measured
 * natively for every type).
 */
const INT_IMPL_LINE: Record<IntName, number> = {
  i8: 346,
  i16: 370,
  i32: 394,
  i64: 418,
  i128: 442,
  isize: 519,
  u8: 546,
  u16: 1188,
  u32: 1243,
  u64: 1274,
  u128: 1305,
  usize: 1400,
};
const coreNumSite = (t: IntName) => ({ file: `${RUST_LIBRARY}/core/src/num/mod.rs`, line: INT_IMPL_LINE[t], col: 5 });
intMethod("abs", (t) => (m: Machine, _f: unknown, a: Int) => {
  const r = big(a) < 0n ? -big(a) : big(a);
  if (!I.inRange(t, I.canon(r))) m.panic("attempt to negate with overflow", coreNumSite(t));
  return I.canon(r);
});
intMethod(["unsigned_abs", "abs_diff"], (t) => (_m: Machine, _f: unknown, a: Int, b?: Int) => {
  const d = b === undefined ? big(a) : big(a) - big(b);
  void t;
  return I.canon(d < 0n ? -d : d);
});
intMethod("signum", () => (_m: Machine, _f: unknown, a: Int) => (big(a) > 0n ? 1 : big(a) < 0n ? -1 : 0));
intMethod("is_positive", () => (_m: Machine, _f: unknown, a: Int) => (big(a) > 0n ? 1 : 0));
intMethod("is_negative", () => (_m: Machine, _f: unknown, a: Int) => (big(a) < 0n ? 1 : 0));
intMethod("rem_euclid", (t, s) => (m: Machine, _f: unknown, a: Int, b: Int) => {
  if (big(b) === 0n) m.panic("attempt to calculate the remainder with a divisor of zero", s.span);
  return I.wrap(t, I.canon(remEuclid(big(a), big(b))));
});
intMethod("div_euclid", (t, s) => (m: Machine, _f: unknown, a: Int, b: Int) => {
  if (big(b) === 0n) m.panic("attempt to divide by zero", s.span);
  return I.wrap(t, I.canon(divEuclid(big(a), big(b))));
});
intMethod("is_power_of_two", () => (_m: Machine, _f: unknown, a: Int) => {
  const v = big(a);
  return v > 0n && (v & (v - 1n)) === 0n ? 1 : 0;
});
intMethod("next_power_of_two", () => (_m: Machine, _f: unknown, a: Int) => {
  let p = 1n;
  while (p < big(a)) p <<= 1n;
  return I.canon(p);
});
intMethod("count_ones", (t) => (_m: Machine, _f: unknown, a: Int) => popcount(I.toBig(t, a)));
intMethod("count_zeros", (t) => (_m: Machine, _f: unknown, a: Int) => info(t).bits - popcount(I.toBig(t, a)));
intMethod("leading_zeros", (t) => (_m: Machine, _f: unknown, a: Int) => {
  const v = I.toBig(t, a);
  return v === 0n ? info(t).bits : info(t).bits - v.toString(2).length;
});
intMethod("trailing_zeros", (t) => (_m: Machine, _f: unknown, a: Int) => {
  let v = I.toBig(t, a);
  if (v === 0n) return info(t).bits;
  let n = 0;
  while ((v & 1n) === 0n) {
    v >>= 1n;
    n++;
  }
  return n;
});
intMethod(["leading_ones", "trailing_ones"], (t, s) => (_m: Machine, _f: unknown, a: Int) => {
  const bits = info(t).bits;
  const str = I.toBig(t, a).toString(2).padStart(bits, "0");
  const m = s.path.endsWith("leading_ones") ? /^1*/.exec(str)! : /1*$/.exec(str)!;
  return m[0].length;
});
intMethod(["ilog2", "ilog10"], (_t, s) => (m: Machine, _f: unknown, a: Int) => {
  const v = big(a);
  if (v <= 0n) m.panic("argument of integer logarithm must be positive", s.span);
  return s.path.endsWith("ilog2") ? v.toString(2).length - 1 : v.toString(10).length - 1;
});
intMethod("isqrt", () => (_m: Machine, _f: unknown, a: Int) => {
  let x = big(a);
  if (x < 2n) return I.canon(x);
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + big(a) / x) / 2n;
  }
  return I.canon(x);
});
intMethod(["rotate_left", "rotate_right"], (t, s) => (_m: Machine, _f: unknown, a: Int, n: Int) => {
  const bits = BigInt(info(t).bits);
  const mask = (1n << bits) - 1n;
  let k = big(n) % bits;
  if (s.path.endsWith("rotate_right")) k = (bits - k) % bits;
  const v = I.toBig(t, a);
  return I.wrap(t, I.canon(((v << k) | (v >> (bits - k))) & mask));
});
intMethod(["swap_bytes", "to_be", "from_be"], (t) => (_m: Machine, _f: unknown, a: Int) => {
  const bytes = info(t).bits / 8;
  let v = I.toBig(t, a), r = 0n;
  for (let i = 0; i < bytes; i++) {
    r = (r << 8n) | (v & 0xffn);
    v >>= 8n;
  }
  return I.wrap(t, I.canon(r));
});
intMethod(["to_le", "from_le"], () => (_m: Machine, _f: unknown, a: Int) => a);
intMethod("reverse_bits", (t) => (_m: Machine, _f: unknown, a: Int) => {
  const bits = info(t).bits;
  const s = I.toBig(t, a).toString(2).padStart(bits, "0");
  return I.wrap(t, I.canon(BigInt("0b" + [...s].reverse().join(""))));
});
for (const [name, le] of [["to_ne_bytes", true], ["to_le_bytes", true], ["to_be_bytes", false]] as const) {
  intMethod(name, (t) => (m: Machine, _f: unknown, dst: number, a: Int) => {
    const bytes = info(t).bits / 8;
    let v = I.toBig(t, a);
    for (let i = 0; i < bytes; i++) {
      m.mem.writeU8(dst + (le ? i : bytes - 1 - i), Number(v & 0xffn));
      v >>= 8n;
    }
  }, "dst");
}
for (const [name, le] of [["from_ne_bytes", true], ["from_le_bytes", true], ["from_be_bytes", false]] as const) {
  register(
    `int::${name}`,
    site((s) => {
      const t = s.retTy.k === "int" ? s.retTy.name : undefined;
      if (!t) return undefined;
      const bytes = info(t).bits / 8;
      return (m: Machine, _f: unknown, arr: number) => {
        let v = 0n;
        for (let i = 0; i < bytes; i++) v |= BigInt(m.mem.readU8(arr + (le ? i : bytes - 1 - i))) << BigInt(8 * i);
        return I.wrap(t, I.canon(v));
      };
    }, "value"),
  );
}
intMethod(
  ["min_value", "max_value"],
  (t, s) => () => I.canon(s.path.endsWith("min_value") ? info(t).min : info(t).max),
);

function popcount(v: bigint): number {
  let n = 0;
  while (v > 0n) {
    n += Number(v & 1n);
    v >>= 1n;
  }
  return n;
}

/** Parses an integer like `str::parse`; returns the value or the IntErrorKind name. */
export function parseIntText(text: string, t: IntName): Int | string {
  const i = info(t);
  if (text.length === 0) return "Empty";
  let s = text;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    if (s[0] === "-") {
      if (!i.signed) return s.length === 1 ? "InvalidDigit" : "InvalidDigit";
      neg = true;
    }
    s = s.slice(1);
    if (s.length === 0) return "InvalidDigit";
  }
  if (!/^[0-9]+$/.test(s)) return "InvalidDigit";
  const v = neg ? -BigInt(s) : BigInt(s);
  if (v > i.max) return "PosOverflow";
  if (v < i.min) return "NegOverflow";
  return I.canon(v);
}

// --- traits on primitives ----------------------------------------------------------------------------

const PRIMS = ["int", "float", "bool", "char", "&", "*", "fn", "()"];

/** `Clone::clone` of any `Copy` type: a byte copy. */
register(
  ["<* as Clone>::clone", "<* as Copy>::clone"],
  site((s, m) => {
    const t = s.self!;
    if (m.needsDrop(t)) return undefined;
    const l = layoutOf(t, m.tt);
    if (t.k === "adt" && t.def.user) return undefined;
    if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number, p: number) => mm.mem.copy(dst, p, l.size);
    return (mm: Machine, _f: unknown, p: number) => mm.loadValue(p, t);
  }),
);

/**
 * Whether a comparison's self type is a scalar behind any number of references. The `*` key is
 * both raw pointers' head and the any-type fallback, so these shims must refuse other types
 * (a `String` compared as its first word would be silently wrong).
 */
function scalarSelf(s: ShimSite): boolean {
  const u = underRefs(s.self);
  if (!u) return false;
  switch (u.k) {
    case "int":
    case "float":
    case "bool":
    case "char":
    case "ptr":
    case "fnPtr":
    case "fnDef":
      return true;
    case "tuple":
      return u.elems.length === 0;
    default:
      return false;
  }
}

// Comparisons of primitives through `PartialEq`/`PartialOrd`/`Ord` (called by generic code).
for (const fam of PRIMS) {
  const cmp = (pred: (c: number) => boolean) => site((s) => scalarSelf(s) ? scalarCmp(s, pred) : undefined);
  register(`<${fam} as PartialEq>::eq`, cmp((c) => c === 0));
  register(`<${fam} as PartialEq>::ne`, cmp((c) => c !== 0));
  register(`<${fam} as PartialOrd>::lt`, cmp((c) => c < 0));
  register(`<${fam} as PartialOrd>::le`, cmp((c) => c <= 0));
  register(`<${fam} as PartialOrd>::gt`, cmp((c) => c > 0));
  register(`<${fam} as PartialOrd>::ge`, cmp((c) => c >= 0));
}

/** The scalar behind `p`, a `&Self` where Self may itself be a reference. */
function derefScalar(m: Machine, t: RType, p: number): unknown {
  return derefArg(m, t, m.loadValue(p, t));
}

function scalarCmp(s: ShimSite, pred: (c: number) => boolean) {
  const t = s.self!;
  return (m: Machine, _f: unknown, a: number, b: number) => {
    const x = derefScalar(m, t, a), y = derefScalar(m, t, b);
    if (typeof x === "number" && typeof y === "number" && (Number.isNaN(x) || Number.isNaN(y))) return 0;
    return pred(x! < y! ? -1 : x! > y! ? 1 : 0) ? 1 : 0;
  };
}

/** `cmp`/`partial_cmp` of primitives: `Ordering` (an i8 enum) or `Option<Ordering>`. */
for (const fam of PRIMS) {
  register(
    [`<${fam} as Ord>::cmp`, `<${fam} as PartialOrd>::partial_cmp`],
    site((s, m) => {
      if (!scalarSelf(s)) return undefined;
      const t = s.self!;
      const ret = s.retTy;
      const l = layoutOf(ret, m.tt);
      const isOption = ret.k === "adt" && ret.def.name === "Option";
      return (mm: Machine, _f: unknown, dst: number, a: number, b: number) => {
        const x = derefScalar(mm, t, a), y = derefScalar(mm, t, b);
        if (typeof x === "number" && typeof y === "number" && (Number.isNaN(x) || Number.isNaN(y))) {
          writeOption(mm, ret, dst, undefined, false);
          return;
        }
        const c = x! < y! ? -1 : x! > y! ? 1 : 0;
        if (isOption) {
          const fl = l.variants[1].fields[0];
          mm.setVariant(fl.ty, dst + fl.offset, c + 1);
          mm.setVariant(ret, dst, 1);
        } else mm.setVariant(ret, dst, c + 1);
      };
    }, "dst"),
  );
  register(
    [`<${fam} as Ord>::max`, `<${fam} as Ord>::min`],
    site((s) => {
      if (!scalarSelf(s)) return undefined;
      const max = s.path.endsWith("max");
      return (_m: Machine, _f: unknown, a: Int, b: Int) => (max ? (b >= a ? b : a) : (b < a ? b : a));
    }, "value"),
  );
  register(
    `<${fam} as Ord>::clamp`,
    site(
      (s) =>
        scalarSelf(s)
          ? (_m: Machine, _f: unknown, a: Int, lo: Int, hi: Int) => (a < lo ? lo : a > hi ? hi : a)
          : undefined,
      "value",
    ),
  );
}

// `From`/`Into` between integers (lossless), bool/char → int, u8 → char.
register(
  ["<int as From>::from", "<float as From>::from", "<char as From>::from", "<* as Into>::into", "<int as Into>::into"],
  site((s, m) => {
    const to = s.retTy;
    const from = s.argTys[0];
    if (!from || !isPrimitive(from) || !isPrimitive(to)) {
      return undefined;
    }
    void m;
    if (to.k === "float") {
      return (_m: Machine, _f: unknown, v: Int) => (to.bits === 32 ? Math.fround(Number(v)) : Number(v));
    }
    return (_m: Machine, _f: unknown, v: unknown) => v;
  }, "value"),
);

function isPrimitive(t: RType): boolean {
  return t.k === "int" || t.k === "float" || t.k === "bool" || t.k === "char";
}

// `TryFrom`/`TryInto` between integers: Result<T, TryFromIntError>.
register(
  ["<int as TryFrom>::try_from", "<* as TryInto>::try_into", "<int as TryInto>::try_into"],
  site((s, m) => {
    const res = s.retTy;
    if (res.k !== "adt") return undefined;
    const to = res.args[0];
    const from = s.argTys[0];
    if (to?.k !== "int" || from?.k !== "int") return undefined;
    void m;
    return (mm: Machine, _f: unknown, dst: number, v: Int) => {
      if (I.inRange(to.name, v)) writeResult(mm, res, dst, true, v);
      else writeResult(mm, res, dst, false, undefined);
    };
  }, "dst"),
);

// Arithmetic operator traits on primitives (generic code calls `<T as Add>::add`).
const OPS: Record<string, (t: IntName, a: Int, b: Int) => Int> = {
  add: I.add,
  sub: I.sub,
  mul: I.mul,
  div: I.div,
  rem: I.rem,
  bitand: I.bitand,
  bitor: I.bitor,
  bitxor: I.bitxor,
  shl: I.shl,
  shr: I.shr,
};
const TRAIT: Record<string, string> = {
  add: "Add",
  sub: "Sub",
  mul: "Mul",
  div: "Div",
  rem: "Rem",
  bitand: "BitAnd",
  bitor: "BitOr",
  bitxor: "BitXor",
  shl: "Shl",
  shr: "Shr",
};
for (const [op, fn] of Object.entries(OPS)) {
  register(
    `<int as ${TRAIT[op]}>::${op}`,
    site((s) => {
      const t = selfInt(s)!;
      const chk = op === "add" || op === "sub" || op === "mul";
      const [ta, tb] = s.argTys;
      return (m: Machine, _f: unknown, a0: Int, b0: Int) => {
        const a = derefArg(m, ta, a0) as Int, b = derefArg(m, tb, b0) as Int;
        if (chk) {
          const [r, o] = I.withOverflow(t, op === "add" ? "+" : op === "sub" ? "-" : "*", a, b);
          if (o) {
            m.panic(
              `attempt to ${op === "add" ? "add" : op === "sub" ? "subtract" : "multiply"} with overflow`,
              s.span,
            );
          }
          return r;
        }
        if ((op === "div" || op === "rem") && big(b) === 0n) {
          m.panic(
            op === "div" ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero",
            s.span,
          );
        }
        return fn(t, a, b);
      };
    }, "value"),
  );
  register(
    `<int as ${TRAIT[op]}Assign>::${op}_assign`,
    site((s) => {
      const t = selfInt(s)!;
      const tb = s.argTys[1];
      return (m: Machine, _f: unknown, p: number, b0: Int) => {
        const b = derefArg(m, tb, b0) as Int;
        const a = m.mem.readInt(p, t);
        const [r, o] = op === "add" || op === "sub" || op === "mul"
          ? I.withOverflow(t, op === "add" ? "+" : op === "sub" ? "-" : "*", a, b)
          : [fn(t, a, b), false];
        if (o) {
          m.panic(`attempt to ${op === "add" ? "add" : op === "sub" ? "subtract" : "multiply"} with overflow`, s.span);
        }
        m.mem.writeInt(p, t, r);
      };
    }, "value"),
  );
  register(
    `<float as ${TRAIT[op]}>::${op}`,
    site((s) => {
      const f32 = (s.self as { bits?: number })?.bits === 32;
      const ops: Record<string, (a: number, b: number) => number> = {
        add: (a, b) => a + b,
        sub: (a, b) => a - b,
        mul: (a, b) => a * b,
        div: (a, b) => a / b,
        rem: (a, b) => a % b,
      };
      const g = ops[op];
      if (!g) return undefined;
      const [ta, tb] = s.argTys;
      return (m: Machine, _f: unknown, a0: number, b0: number) => {
        const a = derefArg(m, ta, a0) as number, b = derefArg(m, tb, b0) as number;
        return f32 ? Math.fround(g(a, b)) : g(a, b);
      };
    }, "value"),
  );
}
register(
  ["<int as Neg>::neg", "<float as Neg>::neg"],
  site((s) => {
    const t = selfInt(s);
    return (_m: Machine, _f: unknown, a: Int) => (t ? I.neg(t, a) : -(a as number));
  }, "value"),
);
register(
  ["<int as Not>::not", "<bool as Not>::not"],
  site((s) => {
    const t = selfInt(s);
    return (_m: Machine, _f: unknown, a: Int) => (t ? I.not(t, a) : (a as number) ^ 1);
  }, "value"),
);
register([
  "<int as Default>::default",
  "<float as Default>::default",
  "<bool as Default>::default",
  "<char as Default>::default",
], value(() => 0));

// --- floats -----------------------------------------------------------------------------------------

const F1: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  floor: Math.floor,
  ceil: Math.ceil,
  round: (x) => (x < 0 ? -Math.round(-x) : Math.round(x)),
  trunc: Math.trunc,
  exp: Math.exp,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  cbrt: Math.cbrt,
  signum: (x) => (Number.isNaN(x) ? NaN : x > 0 || Object.is(x, 0) ? 1 : -1),
  fract: (x) => x - Math.trunc(x),
  recip: (x) => 1 / x,
  to_degrees: (x) => (x * 180) / Math.PI,
  to_radians: (x) => (x * Math.PI) / 180,
};
for (const [name, fn] of Object.entries(F1)) {
  register(
    `float::${name}`,
    site((s) => {
      const f32 = (s.self as { bits?: number })?.bits === 32;
      return (_m: Machine, _f: unknown, x: number) => (f32 ? Math.fround(fn(x)) : fn(x));
    }, "value"),
  );
}
const F2: Record<string, (x: number, y: number) => number> = {
  powf: Math.pow,
  powi: (x, y) => Math.pow(x, y),
  min: (x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.min(x, y)),
  max: (x, y) => (Number.isNaN(x) ? y : Number.isNaN(y) ? x : Math.max(x, y)),
  atan2: Math.atan2,
  hypot: Math.hypot,
  copysign: (x, y) => Math.sign(y) * Math.abs(x) || (Object.is(y, -0) || y < 0 ? -Math.abs(x) : Math.abs(x)),
  rem_euclid: (x, y) => {
    const r = x % y;
    return r < 0 ? r + Math.abs(y) : r;
  },
};
for (const [name, fn] of Object.entries(F2)) {
  register(
    `float::${name}`,
    site((s) => {
      const f32 = (s.self as { bits?: number })?.bits === 32;
      return (_m: Machine, _f: unknown, x: number, y: number) => (f32 ? Math.fround(fn(x, y)) : fn(x, y));
    }, "value"),
  );
}
register("float::mul_add", value((_m: Machine, _f: unknown, a: number, b: number, c: number) => a * b + c));
register(
  ["float::is_nan", "float::is_infinite", "float::is_finite", "float::is_sign_negative", "float::is_sign_positive"],
  site((s) => {
    const n = s.path.split("::").pop()!;
    const pred: Record<string, (x: number) => boolean> = {
      is_nan: Number.isNaN,
      is_infinite: (x) => x === Infinity || x === -Infinity,
      is_finite: Number.isFinite,
      is_sign_negative: (x) => x < 0 || Object.is(x, -0),
      is_sign_positive: (x) => x > 0 || Object.is(x, 0),
    };
    return (_m: Machine, _f: unknown, x: number) => (pred[n](x) ? 1 : 0);
  }, "value"),
);
register(
  ["float::to_bits", "float::from_bits"],
  site((s) => {
    const f32 = ((s.self ?? s.retTy) as { bits?: number }).bits === 32 ||
      (s.retTy.k === "float" && s.retTy.bits === 32);
    const to = s.path.endsWith("to_bits");
    return (_m: Machine, _f: unknown, v: number | bigint) => {
      const b = new DataView(new ArrayBuffer(8));
      if (to) {
        if (f32) {
          b.setFloat32(0, v as number, true);
          return b.getUint32(0, true);
        }
        b.setFloat64(0, v as number, true);
        return I.canon(b.getBigUint64(0, true));
      }
      if (f32) {
        b.setUint32(0, Number(v), true);
        return b.getFloat32(0, true);
      }
      b.setBigUint64(0, BigInt(v), true);
      return b.getFloat64(0, true);
    };
  }, "value"),
);

// --- char and bool -------------------------------------------------------------------------------------

register(
  "char::to_digit",
  site((s) => (m: Machine, _f: unknown, dst: number, c: number, radix: number) => {
    const ch = String.fromCodePoint(c).toLowerCase();
    const d = parseInt(ch, 36);
    const ok = /^[0-9a-z]$/.test(ch) && d < radix;
    writeOption(m, s.retTy, dst, ok ? d : undefined, ok);
  }, "dst"),
);
register(
  ["char::from_digit", "std::char::from_digit"],
  site((s) => (m: Machine, _f: unknown, dst: number, d: number, radix: number) => {
    const ok = d < radix;
    writeOption(m, s.retTy, dst, ok ? d.toString(radix).charCodeAt(0) : undefined, ok);
  }, "dst"),
);
register(
  ["char::from_u32", "std::char::from_u32"],
  site((s) => (m: Machine, _f: unknown, dst: number, v: number) => {
    const ok = v <= 0x10ffff && (v < 0xd800 || v > 0xdfff);
    writeOption(m, s.retTy, dst, ok ? v : undefined, ok);
  }, "dst"),
);
register(["char::from_u32_unchecked"], value((_m: Machine, _f: unknown, v: number) => v));
const CHAR_PRED: Record<string, (c: string, cp: number) => boolean> = {
  is_alphabetic: (c) => /\p{Alphabetic}/u.test(c),
  is_numeric: (c) => /\p{N}/u.test(c),
  is_alphanumeric: (c) => /[\p{Alphabetic}\p{N}]/u.test(c),
  is_whitespace: (c) => /\s/u.test(c) && c !== "\u180e",
  is_uppercase: (c) => /\p{Uppercase}/u.test(c),
  is_lowercase: (c) => /\p{Lowercase}/u.test(c),
  is_control: (c) => /\p{Cc}/u.test(c),
  is_ascii: (_c, cp) => cp < 128,
  is_ascii_digit: (_c, cp) => cp >= 48 && cp <= 57,
  is_ascii_hexdigit: (c) => /^[0-9a-fA-F]$/.test(c),
  is_ascii_alphabetic: (c) => /^[A-Za-z]$/.test(c),
  is_ascii_alphanumeric: (c) => /^[A-Za-z0-9]$/.test(c),
  is_ascii_uppercase: (c) => /^[A-Z]$/.test(c),
  is_ascii_lowercase: (c) => /^[a-z]$/.test(c),
  is_ascii_whitespace: (c) => /^[ \t\n\f\r]$/.test(c),
  is_ascii_punctuation: (c) => /^[!-/:-@[-`{-~]$/.test(c),
  is_ascii_graphic: (_c, cp) => cp > 32 && cp < 127,
  is_ascii_control: (_c, cp) => cp < 32 || cp === 127,
};
for (const [name, pred] of Object.entries(CHAR_PRED)) {
  register(
    [`char::${name}`, `u8::${name}`],
    site((s) => {
      const isU8 = s.self?.k === "int";
      const byRef = s.argTys[0]?.k === "ref";
      return (m: Machine, _f: unknown, c: number) => {
        const cp = byRef ? (isU8 ? m.mem.readU8(c) : m.mem.readU32(c)) : c;
        return pred(String.fromCodePoint(cp), cp) ? 1 : 0;
      };
    }, "value"),
  );
}
register(
  ["char::to_ascii_uppercase", "char::to_ascii_lowercase", "u8::to_ascii_uppercase", "u8::to_ascii_lowercase"],
  site((s) => {
    const up = s.path.includes("upper");
    const isU8 = s.self?.k === "int";
    const byRef = s.argTys[0]?.k === "ref";
    return (m: Machine, _f: unknown, c: number) => {
      const cp = byRef ? (isU8 ? m.mem.readU8(c) : m.mem.readU32(c)) : c;
      if (up && cp >= 97 && cp <= 122) return cp - 32;
      if (!up && cp >= 65 && cp <= 90) return cp + 32;
      return cp;
    };
  }, "value"),
);
register(
  ["char::eq_ignore_ascii_case", "u8::eq_ignore_ascii_case"],
  site((s) => {
    const isU8 = s.self?.k === "int";
    return (m: Machine, _f: unknown, a: number, b: number) => {
      const x = isU8 ? m.mem.readU8(a) : m.mem.readU32(a), y = isU8 ? m.mem.readU8(b) : m.mem.readU32(b);
      const low = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
      return low(x) === low(y) ? 1 : 0;
    };
  }, "value"),
);
register(
  "char::len_utf8",
  value((_m: Machine, _f: unknown, c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4)),
);
register(
  "char::is_digit",
  value((_m: Machine, _f: unknown, c: number, radix: number) => {
    const d = parseInt(String.fromCodePoint(c).toLowerCase(), 36);
    return /^[0-9a-zA-Z]$/.test(String.fromCodePoint(c)) && d < radix ? 1 : 0;
  }),
);
register(
  "bool::then_some",
  site(
    (s) => (m: Machine, _f: unknown, dst: number, b: number, v: unknown) => writeOption(m, s.retTy, dst, v, b === 1),
    "dst",
  ),
);

/** Re-exported for other families (usize arguments as numbers). */
export { num };

// `NonZero<T>`: `new` checks for zero (the niche makes `Option<NonZero<T>>` as small as `T`),
// `get` reads the integer back.
register(["NonZero::new"], (s, mm) => {
  const m0 = mm as Machine;
  const ret = s.retTy;
  const it = s.argTys[0];
  if (it.k !== "int") return undefined;
  const l = layoutOf(ret, m0.tt);
  const off = l.variants[1].fields[0].offset;
  const write = (m: Machine, at: number, x: Int) => {
    if (big(x) === 0n) return m.setVariant(ret, at, 0);
    m.mem.writeInt(at + off, it.name, x);
    m.setVariant(ret, at, 1);
  };
  if (l.repr === "memory") {
    return { mode: "dst", fn: (m: Machine, _f: unknown, dst: number, x: Int) => write(m, dst, x) };
  }
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, x: Int) => {
      const tmp = m.scratch(Math.max(1, l.size));
      write(m, tmp, x);
      return m.loadValue(tmp, ret);
    },
  };
});
register(["NonZero::get"], (s, mm) => {
  const it = s.retTy;
  if (it.k !== "int") return undefined;
  const inMemory = layoutOf(s.argTys[0], (mm as Machine).tt).repr === "memory";
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, x: Int) => (inMemory ? m.mem.readInt(x as number, it.name) : x),
  };
});
