/**
 * Smaller std APIs: `join`/`concat` of slices, `Option::zip`, `ExactSizeIterator::len`,
 * `contains` and `is_empty` of ranges, `saturating_div`, float byte conversions, `FromUtf8Error::as_bytes`, `ptr::replace`.
 */

import { layoutOf } from "../machine/layout.ts";
import * as I from "../machine/ints.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import { asSlice, vecView } from "./seq.ts";
import { register } from "./table.ts";
import { newString, stringStr } from "./text.ts";
import { fieldOffset, num, readOption, site, stdType, writeOption } from "./util.ts";

/** The bytes of a str-like element (`&str`, `String`) stored at `addr`. */
function textAt(m: Machine, t: RType, addr: number): Uint8Array {
  if (t.k === "ref") {
    const fp = m.mem.readFat(addr);
    return m.mem.read(fp.p, fp.m);
  }
  const s = stringStr(m, addr);
  return m.mem.read(s.p, s.m);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// `[&str]::join(sep)` / `[String]::concat()` → String; `[[T; N]]::concat()` / `[Vec<T>]::concat()` → Vec<T>.
register(["[]::join", "[;]::join", "[]::concat", "[;]::concat"], (s, mm) => {
  const m0 = mm as Machine;
  const selfTy = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  const elem = selfTy.k === "slice" || selfTy.k === "array" ? selfTy.elem : undefined;
  if (!elem) return undefined;
  const isJoin = s.path.endsWith("join");
  const esize = layoutOf(elem, m0.tt).size;
  const under = elem.k === "ref" ? elem.to : elem;
  const textual = under.k === "str" || (under.k === "adt" && under.def.path === "std::string::String");
  return {
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, v: unknown, sep?: unknown) => {
      const sl = asSlice(m, s.argTys[0], v);
      if (textual) {
        const parts: Uint8Array[] = [];
        const sepBytes = isJoin && sep !== undefined
          ? m.mem.read((sep as FatPtr).p, (sep as FatPtr).m)
          : new Uint8Array();
        for (let i = 0; i < sl.m; i++) {
          if (i > 0 && isJoin) parts.push(sepBytes);
          parts.push(textAt(m, elem, sl.p + i * esize));
        }
        newString(m, dst, concatBytes(parts));
        return;
      }
      // Sequences of sequences: arrays or Vecs of T, flattened into a Vec<T>.
      const inner = elem.k === "array" ? elem.elem : elem.k === "adt" ? elem.args[0] : undefined;
      if (!inner) throw new Error(`concat of ${elem.key}`);
      const isz = layoutOf(inner, m.tt).size;
      const vt = s.retTy;
      const vv = vecView(m, vt);
      const chunks: Uint8Array[] = [];
      let count = 0;
      for (let i = 0; i < sl.m; i++) {
        const at = sl.p + i * esize;
        const sub = elem.k === "array" ? { p: at, n: Number(elem.len) } : {
          p: m.mem.readPtr(at + fieldOffset(m, elem, "ptr")),
          n: num(m.mem.readU64(at + fieldOffset(m, elem, "len"))),
        };
        chunks.push(m.mem.read(sub.p, sub.n * isz));
        count += sub.n;
      }
      vv.init(dst, count);
      m.mem.write(vv.ptr(dst), concatBytes(chunks));
      vv.setLen(dst, count);
    },
  };
});

// `Option::zip`.
register(["Option::zip"], (s) => {
  const [at, bt] = [s.argTys[0], s.argTys[1]];
  return {
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, a: number, b: number) => {
      const ra = readOptionArg(m, at, a), rb = readOptionArg(m, bt, b);
      if (!ra.some || !rb.some) return writeOption(m, s.retTy, dst, undefined, false);
      const tupTy = layoutOf(s.retTy, m.tt).variants[1].fields[0].ty;
      const tl = layoutOf(tupTy, m.tt);
      const tmp = m.scratch(Math.max(1, tl.size));
      const el = (tupTy as Extract<RType, { k: "tuple" }>).elems;
      m.storeValue(tmp + tl.variants[0].fields[0].offset, el[0], ra.value);
      m.storeValue(tmp + tl.variants[0].fields[1].offset, el[1], rb.value);
      writeOption(m, s.retTy, dst, m.loadValue(tmp, tupTy), true);
    },
  };
});

/** An `Option` argument passed by value: in memory (address) or as a scalar/pair value. */
function readOptionArg(m: Machine, t: RType, v: unknown): { some: boolean; value: unknown } {
  const l = layoutOf(t, m.tt);
  if (l.repr === "memory") return readOption(m, t, v as number);
  const tmp = m.scratch(Math.max(1, l.size));
  m.storeValue(tmp, t, v);
  return readOption(m, t, tmp);
}

// `ExactSizeIterator::len` of `a..b`.
register(["<Range as ExactSizeIterator>::len"], (s) => {
  const rt = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  const it = (rt as Extract<RType, { k: "adt" }>).args[0];
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, r: number) => {
      const a = BigInt(m.loadValue(r + fieldOffset(m, rt, "start"), it) as number);
      const b = BigInt(m.loadValue(r + fieldOffset(m, rt, "end"), it) as number);
      return b > a ? I.canon(b - a) : 0;
    },
  };
});

// `contains` and `is_empty` of integer `Range`s and `RangeInclusive`s (an exhausted inclusive range
// is empty, like std's `end_bound`).
register(["Range::contains", "RangeInclusive::contains", "Range::is_empty", "RangeInclusive::is_empty"], (s, mm) => {
  const m0 = mm as Machine;
  const rt = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  const xt = s.argTys[1]?.k === "ref" ? s.argTys[1].to : s.argTys[1];
  const contains = s.path.endsWith("contains");
  if (rt.k !== "adt" || rt.args[0]?.k !== "int" || (contains && xt?.k !== "int")) return undefined;
  const it = rt.args[0];
  const inclusive = rt.def.name === "RangeInclusive";
  const [so, eo] = [fieldOffset(m0, rt, "start"), fieldOffset(m0, rt, "end")];
  const xo = inclusive ? fieldOffset(m0, rt, "exhausted") : 0;
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, r: number, x: number) => {
      const a = BigInt(m.loadValue(r + so, it) as I.Int), b = BigInt(m.loadValue(r + eo, it) as I.Int);
      const closed = inclusive && m.mem.readU8(r + xo) === 0;
      if (!contains) return (closed ? a > b : a >= b) ? 1 : 0;
      const v = BigInt(m.loadValue(x, xt) as I.Int);
      return a <= v && (closed ? v <= b : v < b) ? 1 : 0;
    },
  };
});

// `saturating_div`: only `MIN / -1` saturates; division by zero panics.
register(["int::saturating_div"], (s) => {
  const t = s.retTy.k === "int" ? s.retTy.name : undefined;
  if (!t) return undefined;
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, a: I.Int, b: I.Int) => {
      if (BigInt(b) === 0n) m.panic("attempt to divide by zero", s.span);
      const q = BigInt(a) / BigInt(b);
      const info = I.intInfo(t);
      return I.canon(q > info.max ? info.max : q);
    },
  };
});

// Float byte conversions.
for (const [name, le] of [["to_ne_bytes", true], ["to_le_bytes", true], ["to_be_bytes", false]] as const) {
  register(`float::${name}`, (s) => {
    const t = s.argTys[0];
    const size = t.k === "float" && t.bits === 32 ? 4 : 8;
    return {
      mode: "dst",
      fn: (m: Machine, _f: unknown, dst: number, x: number) => {
        const dv = new DataView(new ArrayBuffer(size));
        if (size === 4) dv.setFloat32(0, x, le);
        else dv.setFloat64(0, x, le);
        m.mem.write(dst, new Uint8Array(dv.buffer));
      },
    };
  });
}
for (const [name, le] of [["from_ne_bytes", true], ["from_le_bytes", true], ["from_be_bytes", false]] as const) {
  register(`float::${name}`, (s) => {
    const size = s.retTy.k === "float" && s.retTy.bits === 32 ? 4 : 8;
    return {
      mode: "value",
      fn: (m: Machine, _f: unknown, arr: number) => {
        const dv = new DataView(m.mem.read(arr, size).slice().buffer);
        return size === 4 ? dv.getFloat32(0, le) : dv.getFloat64(0, le);
      },
    };
  });
}

// `FromUtf8Error::as_bytes` / `into_bytes`.
register(["FromUtf8Error::as_bytes"], (s) => {
  const et = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, e: number) => {
      const vt = stdType(m, "std::vec::Vec", [m.tt.u8]);
      const v = e + fieldOffset(m, et, "bytes");
      const vv = vecView(m, vt);
      return new FatPtr(vv.ptr(v), vv.len(v));
    },
  };
});

// `ptr::replace(dst, src)`: the old value out, the new one in.
register(
  "std::ptr::replace",
  site((s, m) => {
    const t = s.retTy;
    const l = layoutOf(t, m.tt);
    if (l.repr === "memory") {
      return (mm: Machine, _f: unknown, out: number, p: number, v: number) => {
        mm.mem.copy(out, p, l.size);
        mm.mem.copy(p, v, l.size);
      };
    }
    return (mm: Machine, _f: unknown, p: number, v: unknown) => {
      const old = mm.loadValue(p, t);
      mm.storeValue(p, t, v);
      return old;
    };
  }),
);

// `ptr::swap(a, b)`: the two pointees exchange their bytes (they may overlap only if equal).
register(
  ["std::ptr::swap", "std::ptr::swap_nonoverlapping"],
  site((s, m) => {
    const pt = s.argTys[0];
    const t = pt.k === "ptr" || pt.k === "ref" ? pt.to : undefined;
    if (!t) return undefined;
    const size = layoutOf(t, m.tt).size;
    return (mm: Machine, _f: unknown, a: number, b: number, count?: unknown) => {
      const n = size * (count === undefined ? 1 : num(count));
      const tmp = mm.mem.read(a, n).slice();
      mm.mem.copy(a, b, n);
      mm.mem.write(b, tmp);
    };
  }, "value"),
);
