/**
 * Structural `PartialEq`/`PartialOrd`/`Ord` for tuples and references (`(i32, u8) < (1, 2)`,
 * `"abc" < "abd"`, `&&[u8] == &&[u8]`), and orderings of strings, `Vec`s, arrays and slices: lexicographic over fields and elements, with scalars,
 * strings and slices compared directly and other element types through their own trait impls.
 */

import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import type { NativeRequest } from "../machine/frames.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import { callTrait, freeTemp } from "./calltrait.ts";
import { register } from "./table.ts";
import { type AnyFrame, fieldOffset, num, stdType } from "./util.ts";

type Gen<T> = Generator<NativeRequest, T, unknown>;

/** -1, 0 or 1; NaN when unordered (a NaN float inside). */
type Ord = number;

function sign(x: number | bigint, y: number | bigint): Ord {
  if (typeof x === "number" && typeof y === "number" && (Number.isNaN(x) || Number.isNaN(y))) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

function bytesCmp(a: Uint8Array, b: Uint8Array): Ord {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return sign(a.length, b.length);
}

/** The elements of a sequence value at `addr` of type `t` (array, slice behind a fat pointer, Vec). */
function seqOf(m: Machine, t: RType, addr: number | FatPtr): { elem: RType; p: number; n: number } | undefined {
  if (t.k === "array") return { elem: t.elem, p: addr as number, n: Number(t.len) };
  if (t.k === "slice") {
    const fp = addr as FatPtr;
    return { elem: t.elem, p: fp.p, n: fp.m };
  }
  if (t.k === "adt" && t.def.path === "std::vec::Vec") {
    const a = addr as number;
    return {
      elem: t.args[0],
      p: m.mem.readPtr(a + fieldOffset(m, t, "ptr")),
      n: num(m.mem.readU64(a + fieldOffset(m, t, "len"))),
    };
  }
  return undefined;
}

/**
 * Compares the values of type `t` at `a` and `b` (places; for unsized `t`, fat pointers).
 * `eqOnly` asks only for equality, so element types need just `PartialEq`.
 */
export function* compareAt(m: Machine, t: RType, a: number | FatPtr, b: number | FatPtr, eqOnly: boolean): Gen<Ord> {
  switch (t.k) {
    case "int":
    case "float":
    case "bool":
    case "char":
      return sign(m.loadValue(a as number, t) as number, m.loadValue(b as number, t) as number);
    case "ptr":
    case "fnPtr":
      return sign(m.mem.readPtr(a as number), m.mem.readPtr(b as number));
    case "str": {
      const x = a as FatPtr, y = b as FatPtr;
      return bytesCmp(m.mem.read(x.p, x.m), m.mem.read(y.p, y.m));
    }
    case "ref": {
      const to = t.to;
      const unsized = to.k === "str" || to.k === "slice" || to.k === "dyn";
      const pa = unsized ? m.mem.readFat(a as number) : m.mem.readPtr(a as number);
      const pb = unsized ? m.mem.readFat(b as number) : m.mem.readPtr(b as number);
      return yield* compareAt(m, to, pa, pb, eqOnly);
    }
    case "tuple": {
      const l = layoutOf(t, m.tt);
      for (let i = 0; i < t.elems.length; i++) {
        const off = l.variants[0].fields[i].offset;
        const c = yield* compareAt(m, t.elems[i], (a as number) + off, (b as number) + off, eqOnly);
        if (c !== 0) return c;
      }
      return 0;
    }
    case "array":
    case "slice":
      break;
    case "adt":
      if (t.def.path === "std::string::String") {
        const off = fieldOffset(m, t, "vec");
        const vt = layoutOf(t, m.tt).variants[0].fields[0].ty;
        const x = seqOf(m, vt, (a as number) + off)!, y = seqOf(m, vt, (b as number) + off)!;
        return bytesCmp(m.mem.read(x.p, x.n), m.mem.read(y.p, y.n));
      }
      if (t.def.path !== "std::vec::Vec") return yield* viaTrait(m, t, a as number, b as number, eqOnly);
      break;
    default:
      return yield* viaTrait(m, t, a as number, b as number, eqOnly);
  }
  const x = seqOf(m, t, a)!, y = seqOf(m, t, b)!;
  const size = layoutOf(x.elem, m.tt).size;
  if (eqOnly && x.n !== y.n) return sign(x.n, y.n);
  for (let i = 0; i < Math.min(x.n, y.n); i++) {
    const c = yield* compareAt(m, x.elem, x.p + i * size, y.p + i * size, eqOnly);
    if (c !== 0) return c;
  }
  return sign(x.n, y.n);
}

/** A type without a structural rule: its own `PartialEq::eq` or `PartialOrd::partial_cmp`. */
function* viaTrait(m: Machine, t: RType, a: number, b: number, eqOnly: boolean): Gen<Ord> {
  const rt = m.tt.ref(t);
  if (eqOnly) {
    const eq = yield* callTrait(m, t, "PartialEq", "eq", [a, b], [rt, rt], m.tt.bool);
    return eq ? 0 : 1;
  }
  const optTy = stdType(m, "std::option::Option", [stdType(m, "std::cmp::Ordering")]);
  const l = layoutOf(optTy, m.tt);
  const tmp = m.mem.alloc(l.size, l.align, "runtime", "a partial_cmp result").base;
  yield* callTrait(m, t, "PartialOrd", "partial_cmp", [tmp, a, b], [rt, rt], optTy);
  let r: Ord = NaN;
  if (m.variantOf(optTy, tmp) === 1) {
    const f = l.variants[1].fields[0];
    r = m.variantOf(f.ty, tmp + f.offset) - 1;
  }
  freeTemp(m, tmp);
  return r;
}

const PREDS: Record<string, (c: Ord) => boolean> = {
  eq: (c) => c === 0,
  ne: (c) => c !== 0,
  lt: (c) => c < 0,
  le: (c) => c <= 0,
  gt: (c) => c > 0,
  ge: (c) => c >= 0,
};

// Tuples and references get every operator here; strings and sequences get ordering only (their
// equality lives with their other shims in text.ts and seq.ts).
const HEADS = ["()", "&", "String", "str", "Vec", "[]", "[;]"];
const orderingOnly = (head: string) => head !== "()" && head !== "&";

for (const head of HEADS) {
  for (const [op, pred] of Object.entries(PREDS)) {
    const trait = op === "eq" || op === "ne" ? "PartialEq" : "PartialOrd";
    if (trait === "PartialEq" && orderingOnly(head)) continue;
    register(`<${head} as ${trait}>::${op}`, (s) => {
      const self = s.self!;
      const eqOnly = trait === "PartialEq";
      const argTy = s.argTys[0];
      if (argTy !== s.argTys[1]) {
        // Mixed operands (`&str == String`): text against text only.
        const ta = textual(s.argTys[0]), tb = textual(s.argTys[1]);
        if (!ta || !tb) return undefined;
        return {
          mode: "value",
          fn: (m: Machine, _f: unknown, a: unknown, b: unknown) =>
            pred(bytesCmp(textBytes(m, s.argTys[0], a), textBytes(m, s.argTys[1], b))) ? 1 : 0,
        };
      }
      return {
        mode: "cont",
        fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, a: unknown, b: unknown) =>
          m.runGen(
            f,
            s.path,
            (function* () {
              // Arguments are `&Self`; for unsized pointees they arrive as fat pointers.
              const pa = refPlace(m, argTy, a), pb = refPlace(m, argTy, b);
              const c = yield* compareAt(m, argTy, pa, pb, eqOnly);
              freeTemp(m, pa);
              freeTemp(m, pb);
              void self;
              return pred(c) ? 1 : 0;
            })(),
            k,
          ),
      };
    });
  }
  // `str` and `String` orderings are in text.ts.
  if (head === "str" || head === "String") continue;
  register([`<${head} as Ord>::cmp`, `<${head} as PartialOrd>::partial_cmp`], (s) => {
    const argTy = s.argTys[0];
    const ret = s.retTy;
    const isOption = ret.k === "adt" && ret.def.name === "Option";
    return {
      mode: "cont",
      fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, a: unknown, b: unknown) =>
        m.runGen(
          f,
          s.path,
          (function* () {
            const pa = refPlace(m, argTy, a), pb = refPlace(m, argTy, b);
            const c = yield* compareAt(m, argTy, pa, pb, false);
            freeTemp(m, pa);
            freeTemp(m, pb);
            if (isOption) {
              if (Number.isNaN(c)) m.setVariant(ret, dst, 0);
              else {
                const fl = layoutOf(ret, m.tt).variants[1].fields[0];
                m.setVariant(fl.ty, dst + fl.offset, c + 1);
                m.setVariant(ret, dst, 1);
              }
            } else m.setVariant(ret, dst, c + 1);
            return undefined;
          })(),
          k,
        ),
    };
  });
}

/**
 * `compareAt` works on places of `argTy`'s values: an argument `&Self` (a thin pointer or a fat
 * pointer) is stored in scratch memory so that comparing `&Self` recurses into `Self`.
 */
function refPlace(m: Machine, argTy: RType, v: unknown): number {
  const l = layoutOf(argTy, m.tt);
  const p = m.mem.alloc(l.size, l.align, "runtime", "a comparison operand").base;
  m.storeValue(p, argTy, v);
  return p;
}

/** Whether `t` is text behind any number of references (`&&str`, `&String`). */
function textual(t: RType): boolean {
  let u = t;
  while (u.k === "ref") u = u.to;
  return u.k === "str" || (u.k === "adt" && u.def.path === "std::string::String");
}

/** The bytes of a text operand `v` of type `t` (value convention). */
function textBytes(m: Machine, t: RType, v: unknown): Uint8Array {
  let u = t;
  let cur = v;
  while (u.k === "ref") {
    const to: RType = u.to;
    if (to.k === "str") {
      const fp = cur as FatPtr;
      return m.mem.read(fp.p, fp.m);
    }
    if (to.k !== "ref") {
      // `&String`: the String's str.
      const off = fieldOffset(m, to, "vec");
      const vt = layoutOf(to, m.tt).variants[0].fields[0].ty;
      const x = seqOf(m, vt, (cur as number) + off)!;
      return m.mem.read(x.p, x.n);
    }
    // `&&str`: the pointee is a fat pointer in memory.
    cur = to.k === "ref" && to.to.k === "str" ? m.mem.readFat(cur as number) : m.mem.readPtr(cur as number);
    u = to;
  }
  throw new Error(`not text: ${t.key}`);
}

// `std::cmp::max(a, b)` / `min(a, b)` for any `Ord` type: on a tie `max` returns `b` and `min`
// returns `a`, as std does; the value not returned is dropped.
register(["std::cmp::max", "std::cmp::min"], (s, mm) => {
  const m0 = mm as Machine;
  const t = s.retTy;
  const isMax = s.path.endsWith("max");
  const inMemory = layoutOf(t, m0.tt).repr === "memory";
  const pick = (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number | undefined, a: unknown, b: unknown) =>
    m.runGen(
      f,
      s.path,
      (function* () {
        const pa = inMemory ? a as number : refPlace(m, t, a), pb = inMemory ? b as number : refPlace(m, t, b);
        const c = yield* compareAt(m, t, pa, pb, false);
        const takeB = isMax ? c <= 0 : c > 0;
        if (!inMemory) {
          freeTemp(m, pa);
          freeTemp(m, pb);
          return takeB ? b : a;
        }
        m.mem.copy(dst!, takeB ? pb : pa, layoutOf(t, m.tt).size);
        yield* m.drops.glue(t, takeB ? pa : pb);
        return undefined;
      })(),
      k,
    );
  return inMemory
    ? {
      mode: "cont",
      fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, a: unknown, b: unknown) =>
        pick(m, f, k, dst, a, b),
    }
    : {
      mode: "cont",
      fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, a: unknown, b: unknown) => pick(m, f, k, undefined, a, b),
    };
});
