/** Shims for slices, arrays and `Vec`: access, indexing with std's panics, growth, clone, drop. */

import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { NativeRequest } from "../machine/frames.ts";
import type { RType } from "../machine/types.ts";
import type { ShimSite } from "./api.ts";
import { callTrait, freeTemp, invokeGen, traitCallee } from "./calltrait.ts";
import { register, registerDrop } from "./table.ts";
import { type AnyFrame, fieldOffset, heapAlloc, heapFree, num, site, stdType, writeOption } from "./util.ts";
import { RUST_LIBRARY } from "../std/libsrc.ts";

// --- views --------------------------------------------------------------------------------------------

/** Field accessors of a `Vec<T>` value. */
export class VecView {
  readonly elem: RType;
  readonly esize: number;
  readonly ealign: number;
  private oPtr: number;
  private oCap: number;
  private oLen: number;
  constructor(private m: Machine, readonly ty: RType) {
    this.elem = (ty as Extract<RType, { k: "adt" }>).args[0];
    const l = layoutOf(this.elem, m.tt);
    this.esize = l.size;
    this.ealign = l.align;
    this.oPtr = fieldOffset(m, ty, "ptr");
    this.oCap = fieldOffset(m, ty, "cap");
    this.oLen = fieldOffset(m, ty, "len");
  }
  ptr(v: number): number {
    return this.m.mem.readPtr(v + this.oPtr);
  }
  len(v: number): number {
    return num(this.m.mem.readU64(v + this.oLen));
  }
  cap(v: number): number {
    return num(this.m.mem.readU64(v + this.oCap));
  }
  setLen(v: number, n: number): void {
    this.m.mem.writeU64(v + this.oLen, n);
  }
  /** Writes an empty vector (dangling pointer, no capacity). */
  init(v: number, cap = 0): void {
    const p = cap && this.esize
      ? heapAlloc(this.m, cap * this.esize, this.ealign, `Vec<${this.elem.key}> buffer`)
      : this.ealign;
    this.m.mem.writePtr(v + this.oPtr, p);
    this.m.mem.writeU64(v + this.oCap, this.esize === 0 ? Number.MAX_SAFE_INTEGER : cap);
    this.m.mem.writeU64(v + this.oLen, 0);
  }
  /** Ensures room for `extra` more elements, growing like std's RawVec. */
  reserve(v: number, extra: number): void {
    const len = this.len(v), cap = this.cap(v);
    if (this.esize === 0 || len + extra <= cap) return;
    const minNonZero = this.esize === 1 ? 8 : this.esize <= 1024 ? 4 : 1;
    const newCap = Math.max(cap * 2, len + extra, minNonZero);
    this.realloc(v, newCap);
  }
  /** Moves the buffer to one of exactly `newCap` elements. */
  realloc(v: number, newCap: number): void {
    const m = this.m;
    const old = this.ptr(v), len = this.len(v), cap = this.cap(v);
    const p = newCap ? heapAlloc(m, newCap * this.esize, this.ealign, `Vec<${this.elem.key}> buffer`) : this.ealign;
    if (len) m.mem.copy(p, old, Math.min(len, newCap) * this.esize);
    if (cap) heapFree(m, old, cap * this.esize);
    m.mem.writePtr(v + this.oPtr, p);
    m.mem.writeU64(v + this.oCap, newCap);
  }
  slice(v: number): FatPtr {
    return new FatPtr(this.ptr(v), this.len(v));
  }
}

const views = new WeakMap<Machine, Map<string, VecView>>();
/** The (cached) view of Vec type `t`. */
export function vecView(m: Machine, t: RType): VecView {
  let c = views.get(m);
  if (!c) views.set(m, c = new Map());
  let v = c.get(t.key);
  if (!v) c.set(t.key, v = new VecView(m, t));
  return v;
}

function vecTy(s: ShimSite): RType {
  const t = s.self ?? s.argTys[0];
  return t.k === "ref" ? t.to : t;
}

function elemOfSlice(t: RType | undefined): RType {
  let u = t;
  while (u && (u.k === "ref" || u.k === "ptr")) u = u.to;
  if (u && (u.k === "slice" || u.k === "array")) return u.elem;
  if (u && u.k === "adt" && u.def.name === "Vec") return u.args[0];
  if (u && u.k === "str") return { k: "int", name: "u8", signed: false, bits: 8, key: "u8" } as RType;
  throw new Error(`not a slice type: ${u?.key}`);
}

/** The slice (data pointer, length) a receiver denotes: `&[T]`, `&[T; N]`, `&Vec<T>`, `&str`, `&String`. */
export function asSlice(m: Machine, t: RType, v: unknown): FatPtr {
  let u = t;
  if (u.k === "ref" || u.k === "ptr") {
    const to = u.to;
    if (to.k === "slice" || to.k === "str") return v as FatPtr;
    if (to.k === "array") return new FatPtr(v as number, to.len);
    if (to.k === "adt" && to.def.name === "Vec") return vecView(m, to).slice(v as number);
    if (to.k === "adt" && to.def.name === "String") {
      const inner = stdType(m, "std::vec::Vec", [m.tt.u8]);
      return vecView(m, inner).slice((v as number) + fieldOffset(m, to, "vec"));
    }
    if (to.k === "ref") return asSlice(m, to, m.loadValue(v as number, to));
    u = to;
  }
  throw new Error(`not a slice receiver: ${t.key}`);
}

// --- indexing -----------------------------------------------------------------------------------------

/** Resolves a range argument against `len`, panicking like std. Returns [start, end). */
export function rangeBounds(
  m: Machine,
  rangeTy: RType,
  r: unknown,
  len: number,
  span: ShimSite["span"],
  what = "slice",
): [number, number] {
  if (rangeTy.k !== "adt") throw new Error("range expected");
  const name = rangeTy.def.name;
  const read = (field: string) => num(m.mem.readU64((r as number) + fieldOffset(m, rangeTy, field)));
  let start = 0, end = len;
  switch (name) {
    case "RangeFull":
      break;
    case "Range":
      start = read("start");
      end = read("end");
      break;
    case "RangeFrom":
      start = read("start");
      if (start > len) m.panic(`range start index ${start} out of range for ${what} of length ${len}`, span);
      return [start, len];
    case "RangeTo":
      end = read("end");
      break;
    case "RangeInclusive": {
      start = read("start");
      const e = m.mem.readU64((r as number) + fieldOffset(m, rangeTy, "end"));
      if (typeof e === "bigint" || e >= Number.MAX_SAFE_INTEGER) {
        m.panic(`attempted to index ${what} up to maximum usize`, span);
      }
      end = (e as number) + 1;
      break;
    }
    case "RangeToInclusive": {
      const e = m.mem.readU64((r as number) + fieldOffset(m, rangeTy, "end"));
      if (typeof e === "bigint") m.panic(`attempted to index ${what} up to maximum usize`, span);
      end = (e as number) + 1;
      break;
    }
    default:
      throw new Error(`unknown range type ${name}`);
  }
  if (start > end) m.panic(`${what} index starts at ${start} but ends at ${end}`, span);
  // Inclusive ranges report their inclusive end.
  const shownEnd = name === "RangeInclusive" || name === "RangeToInclusive" ? end - 1 : end;
  if (end > len) m.panic(`range end index ${shownEnd} out of range for ${what} of length ${len}`, span);
  return [start, end];
}

function isRange(t: RType | undefined): boolean {
  return t?.k === "adt" && /^Range/.test(t.def.name);
}

/** `Index::index` / `IndexMut::index_mut` on slices, arrays and Vecs, by usize or range. */
function indexShim(s: ShimSite, m: Machine) {
  const recv = s.argTys[0];
  const idxTy = s.argTys[1];
  const elem = elemOfSlice(recv);
  const esize = layoutOf(elem, m.tt).size;
  const isVec = (recv.k === "ref" ? recv.to : recv).k === "adt";
  if (isRange(idxTy)) {
    return (mm: Machine, _f: unknown, self: unknown, r: unknown) => {
      const sl = asSlice(mm, recv, self);
      const [a, b] = rangeBounds(mm, idxTy, r, sl.m, s.span);
      return new FatPtr(sl.p + a * esize, b - a);
    };
  }
  return (mm: Machine, _f: unknown, self: unknown, i: unknown) => {
    const sl = asSlice(mm, recv, self);
    const idx = num(i);
    if (idx >= sl.m) mm.panic(`index out of bounds: the len is ${sl.m} but the index is ${idx}`, s.span);
    void isVec;
    return sl.p + idx * esize;
  };
}
for (const head of ["[]", "[;]", "Vec"]) {
  register([`<${head} as Index>::index`, `<${head} as IndexMut>::index_mut`], site(indexShim, "value"));
}

// --- slice methods ------------------------------------------------------------------------------------

function sliceMethod(
  names: string | string[],
  make: (s: ShimSite, m: Machine, elem: RType, esize: number) => ((...a: never[]) => unknown) | undefined,
  mode?: "value" | "dst" | "cont",
) {
  const keys = (Array.isArray(names) ? names : [names]).flatMap((n) => [`[]::${n}`, `[;]::${n}`]);
  register(keys, (s, m) => {
    const mm = m as Machine;
    const elem = elemOfSlice(s.self ?? s.argTys[0]);
    const fn = make(s, mm, elem, layoutOf(elem, mm.tt).size);
    if (!fn) return undefined;
    return { fn, mode: mode ?? (layoutOf(s.retTy, mm.tt).repr === "memory" ? "dst" : "value") };
  });
}

/** The receiver of a slice method as a fat pointer (arrays come as thin pointers). */
function recv(m: Machine, s: ShimSite, v: unknown): FatPtr {
  return asSlice(m, s.argTys[0], v);
}

sliceMethod("len", (s) => (m: Machine, _f: unknown, v: unknown) => recv(m, s, v).m);
sliceMethod("is_empty", (s) => (m: Machine, _f: unknown, v: unknown) => (recv(m, s, v).m === 0 ? 1 : 0));
sliceMethod(["as_ptr", "as_mut_ptr"], (s) => (m: Machine, _f: unknown, v: unknown) => recv(m, s, v).p);
sliceMethod(["as_slice", "as_mut_slice"], (s) => (m: Machine, _f: unknown, v: unknown) => recv(m, s, v));
sliceMethod(["as_ptr_range", "as_mut_ptr_range"], (s, m, _e, esize) => {
  const l = layoutOf(s.retTy, m.tt);
  return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
    const sl = recv(mm, s, v);
    mm.mem.writePtr(dst + l.variants[0].fields[0].offset, sl.p);
    mm.mem.writePtr(dst + l.variants[0].fields[1].offset, sl.p + sl.m * esize);
  };
});
sliceMethod(["first", "first_mut", "last", "last_mut"], (s, _m, _e, esize) => {
  const last = s.path.includes("last");
  return (m: Machine, _f: unknown, dst: number, v: unknown) => {
    const sl = recv(m, s, v);
    writeOption(m, s.retTy, dst, last ? sl.p + (sl.m - 1) * esize : sl.p, sl.m > 0);
  };
});
sliceMethod(["get", "get_mut"], (s, _m, _e, esize) => {
  const idxTy = s.argTys[1];
  if (isRange(idxTy)) {
    return (m: Machine, _f: unknown, dst: number, v: unknown, r: number) => {
      const sl = recv(m, s, v);
      const [a, b] = rawRange(m, idxTy, r, sl.m);
      const ok = a <= b && b <= sl.m;
      writeOption(m, s.retTy, dst, ok ? new FatPtr(sl.p + a * esize, b - a) : undefined, ok);
    };
  }
  return (m: Machine, _f: unknown, dst: number, v: unknown, i: unknown) => {
    const sl = recv(m, s, v);
    const idx = num(i);
    writeOption(m, s.retTy, dst, sl.p + idx * esize, idx < sl.m);
  };
});

/** Range bounds without panicking (for `get`). */
function rawRange(m: Machine, t: RType, r: number, len: number): [number, number] {
  const name = (t as Extract<RType, { k: "adt" }>).def.name;
  const read = (f: string) => num(m.mem.readU64(r + fieldOffset(m, t, f)));
  switch (name) {
    case "Range":
      return [read("start"), read("end")];
    case "RangeFrom":
      return [read("start"), len];
    case "RangeTo":
      return [0, read("end")];
    case "RangeInclusive":
      return [read("start"), read("end") + 1];
    case "RangeToInclusive":
      return [0, read("end") + 1];
    default:
      return [0, len];
  }
}

sliceMethod(["split_at", "split_at_mut"], (s, m, _e, esize) => {
  const l = layoutOf(s.retTy, m.tt);
  return (mm: Machine, _f: unknown, dst: number, v: unknown, mid: unknown) => {
    const sl = recv(mm, s, v);
    const k = num(mid);
    if (k > sl.m) mm.panic("mid > len", s.span);
    mm.mem.writeFat(dst + l.variants[0].fields[0].offset, new FatPtr(sl.p, k));
    mm.mem.writeFat(dst + l.variants[0].fields[1].offset, new FatPtr(sl.p + k * esize, sl.m - k));
  };
});
sliceMethod(["split_first", "split_last", "split_first_mut", "split_last_mut"], (s, m, _e, esize) => {
  const first = s.path.includes("first");
  const opt = s.retTy;
  const tup = layoutOf(opt, m.tt).variants[1].fields[0];
  const tl = layoutOf(tup.ty, m.tt);
  return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
    const sl = recv(mm, s, v);
    if (sl.m === 0) return writeOption(mm, opt, dst, undefined, false);
    const a = dst + tup.offset;
    const elemP = first ? sl.p : sl.p + (sl.m - 1) * esize;
    const rest = new FatPtr(first ? sl.p + esize : sl.p, sl.m - 1);
    mm.mem.writePtr(a + tl.variants[0].fields[0].offset, elemP);
    mm.mem.writeFat(a + tl.variants[0].fields[1].offset, rest);
    mm.setVariant(opt, dst, 1);
  };
});
sliceMethod(["copy_from_slice", "clone_from_slice"], (s, m, elem, esize) => {
  if (m.needsDrop(elem)) return undefined;
  return (mm: Machine, _f: unknown, v: unknown, src: FatPtr) => {
    const d = recv(mm, s, v);
    if (d.m !== src.m) {
      mm.panic(
        `copy_from_slice: source slice length (${src.m}) does not match destination slice length (${d.m})`,
        s.span,
      );
    }
    mm.mem.copy(d.p, src.p, d.m * esize);
  };
}, "value");
sliceMethod("fill", (s, m, elem, esize) => {
  if (m.needsDrop(elem)) return undefined;
  return (mm: Machine, _f: unknown, v: unknown, x: unknown) => {
    const d = recv(mm, s, v);
    for (let i = 0; i < d.m; i++) mm.storeValue(d.p + i * esize, elem, x);
  };
}, "value");
sliceMethod("swap", (s, _m, _e, esize) => (m: Machine, _f: unknown, v: unknown, a: unknown, b: unknown) => {
  const d = recv(m, s, v);
  const i = num(a), j = num(b);
  for (const k of [i, j]) if (k >= d.m) m.panic(`index out of bounds: the len is ${d.m} but the index is ${k}`, s.span);
  const x = m.mem.read(d.p + i * esize, esize);
  m.mem.copy(d.p + i * esize, d.p + j * esize, esize);
  m.mem.write(d.p + j * esize, x);
}, "value");
sliceMethod("reverse", (s, _m, _e, esize) => (m: Machine, _f: unknown, v: unknown) => {
  const d = recv(m, s, v);
  for (let i = 0, j = d.m - 1; i < j; i++, j--) {
    const x = m.mem.read(d.p + i * esize, esize);
    m.mem.copy(d.p + i * esize, d.p + j * esize, esize);
    m.mem.write(d.p + j * esize, x);
  }
}, "value");

/** Element equality: primitives compare values, other types call their `PartialEq::eq`. */
export function* elemEq(m: Machine, elem: RType, a: number, b: number): Generator<NativeRequest, boolean, unknown> {
  if (isPlainData(elem)) {
    return m.loadValue(a, elem) === m.loadValue(b, elem) || bytesEqual(m, a, b, layoutOf(elem, m.tt).size);
  }
  const r = yield* callTrait(m, elem, "PartialEq", "eq", [a, b], [m.tt.ref(elem), m.tt.ref(elem)], m.tt.bool);
  return r === 1;
}

function bytesEqual(m: Machine, a: number, b: number, n: number): boolean {
  if (n === 0) return true;
  const x = m.mem.read(a, n), y = m.mem.read(b, n);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Integers, bools and chars: equality is value equality (floats are not plain: NaN != NaN). */
export function isPlainData(t: RType): boolean {
  return t.k === "int" || t.k === "bool" || t.k === "char";
}

sliceMethod("contains", (s, _m, elem, esize) => {
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: unknown, x: number) => {
    const d = recv(mm, s, v);
    return mm.runGen(
      f,
      "contains",
      (function* () {
        for (let i = 0; i < d.m; i++) if (yield* elemEq(mm, elem, d.p + i * esize, x)) return 1;
        return 0;
      })(),
      k,
    );
  };
}, "cont");
sliceMethod(["starts_with", "ends_with"], (s, _m, elem, esize) => {
  const ends = s.path.includes("ends_with");
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: unknown, needle: FatPtr) => {
    const d = recv(mm, s, v);
    if (needle.m > d.m) return 0;
    const base = ends ? d.p + (d.m - needle.m) * esize : d.p;
    return mm.runGen(
      f,
      "starts_with",
      (function* () {
        for (let i = 0; i < needle.m; i++) {
          if (!(yield* elemEq(mm, elem, base + i * esize, needle.p + i * esize))) return 0;
        }
        return 1;
      })(),
      k,
    );
  };
}, "cont");

/** Slice equality (`PartialEq for [T]`, arrays, Vecs and mixtures). */
function sliceEq(s: ShimSite, m: Machine) {
  const elem = elemOfSlice(s.argTys[0]);
  const esize = layoutOf(elem, m.tt).size;
  const ne = s.path.endsWith("::ne");
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, a: unknown, b: unknown) => {
    const x = asSlice(mm, s.argTys[0], a), y = asSlice(mm, s.argTys[1], b);
    if (x.m !== y.m) return ne ? 1 : 0;
    return mm.runGen(
      f,
      "slice eq",
      (function* () {
        for (let i = 0; i < x.m; i++) {
          if (!(yield* elemEq(mm, elem, x.p + i * esize, y.p + i * esize))) {
            return ne ? 1 : 0;
          }
        }
        return ne ? 0 : 1;
      })(),
      k,
    );
  };
}
for (const head of ["[]", "[;]", "Vec"]) {
  register([`<${head} as PartialEq>::eq`, `<${head} as PartialEq>::ne`], site(sliceEq, "cont"));
}

/** Clones `n` elements from `src` to `dst` (byte copies for plain data, `Clone::clone` otherwise). */
export function* cloneElems(
  m: Machine,
  elem: RType,
  dst: number,
  src: number,
  n: number,
): Generator<NativeRequest, void, unknown> {
  const esize = layoutOf(elem, m.tt).size;
  if (!m.needsDrop(elem) && !(elem.k === "adt" && elem.def.user)) {
    m.mem.copy(dst, src, n * esize);
    return;
  }
  for (let i = 0; i < n; i++) {
    const r = yield* callTrait(m, elem, "Clone", "clone", [src + i * esize], [m.tt.ref(elem)], elem);
    m.storeValue(dst + i * esize, elem, r);
    if (layoutOf(elem, m.tt).repr === "memory") freeTemp(m, r);
  }
}

sliceMethod(["to_vec", "to_owned", "into_vec"], (s, m, elem) => {
  const vt = s.retTy;
  const vv = vecView(m, vt);
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, v: unknown) => {
    const d = recv(mm, s, v);
    vv.init(dst, d.m);
    return mm.runGen(
      f,
      "to_vec",
      (function* () {
        yield* cloneElems(mm, elem, vv.ptr(dst), d.p, d.m);
        vv.setLen(dst, d.m);
      })(),
      k,
    );
  };
}, "cont");

/** Sorts `n` elements at `p` with comparator generator `cmp` (stable merge sort). */
function* mergeSort(
  m: Machine,
  esize: number,
  p: number,
  n: number,
  less: (a: number, b: number) => Generator<NativeRequest, boolean, unknown>,
): Generator<NativeRequest, void, unknown> {
  if (n < 2) return;
  const tmp = m.mem.alloc(n * esize, 8, "runtime", "sort buffer");
  try {
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n - width; lo += 2 * width) {
        const mid = lo + width, hi = Math.min(lo + 2 * width, n);
        let i = lo, j = mid, o = 0;
        while (i < mid && j < hi) {
          if (yield* less(p + j * esize, p + i * esize)) m.mem.copy(tmp.base + o++ * esize, p + j++ * esize, esize);
          else m.mem.copy(tmp.base + o++ * esize, p + i++ * esize, esize);
        }
        while (i < mid) m.mem.copy(tmp.base + o++ * esize, p + i++ * esize, esize);
        while (j < hi) m.mem.copy(tmp.base + o++ * esize, p + j++ * esize, esize);
        m.mem.copy(p + lo * esize, tmp.base, (hi - lo) * esize);
      }
    }
  } finally {
    m.mem.release(tmp);
  }
}

/** `a < b` by `Ord::cmp` of the element type. */
function* ordLess(m: Machine, elem: RType, a: number, b: number): Generator<NativeRequest, boolean, unknown> {
  if (elem.k === "int" || elem.k === "char" || elem.k === "bool" || elem.k === "float") {
    return (m.loadValue(a, elem) as number) < (m.loadValue(b, elem) as number);
  }
  const ord = stdType(m, "std::cmp::Ordering");
  const r = yield* callTrait(m, elem, "Ord", "cmp", [a, b], [m.tt.ref(elem), m.tt.ref(elem)], ord);
  const v = m.variantOf(ord, r as number);
  freeTemp(m, r);
  return v === 0;
}

sliceMethod(["sort", "sort_unstable"], (s, _m, elem, esize) => {
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: unknown) => {
    const d = recv(mm, s, v);
    if (elem.k === "int" || elem.k === "char" || elem.k === "bool") {
      const vals = Array.from({ length: d.m }, (_, i) => mm.loadValue(d.p + i * esize, elem) as number | bigint);
      vals.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      vals.forEach((x, i) => mm.storeValue(d.p + i * esize, elem, x));
      return undefined;
    }
    return mm.runGen(f, "sort", mergeSort(mm, esize, d.p, d.m, (a, b) => ordLess(mm, elem, a, b)), k);
  };
}, "cont");

sliceMethod(["sort_by", "sort_unstable_by", "sort_by_key", "sort_unstable_by_key"], (s, m, elem, esize) => {
  const closureTy = s.typeArgs.find((t) => t.k === "closure" || t.k === "fnDef" || t.k === "fnPtr") ?? s.argTys[1];
  const byKey = s.path.includes("by_key");
  const keyTy = byKey ? s.typeArgs[0] : undefined;
  const ord = stdType(m, "std::cmp::Ordering");
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: unknown, closure: unknown) => {
    const d = recv(mm, s, v);
    const less = function* (a: number, b: number): Generator<NativeRequest, boolean, unknown> {
      const closureRef = typeof closure === "number" ? closure : 1;
      if (byKey && keyTy) {
        const tupTy = mm.tt.tuple([mm.tt.ref(elem)]);
        const ka = yield* callClosure(mm, closureTy, "FnMut", closureRef, [a], tupTy, keyTy);
        const kb = yield* callClosure(mm, closureTy, "FnMut", closureRef, [b], tupTy, keyTy);
        const kaAddr = layoutOf(keyTy, mm.tt).repr === "memory" ? ka as number : tempOf(mm, keyTy, ka);
        const kbAddr = layoutOf(keyTy, mm.tt).repr === "memory" ? kb as number : tempOf(mm, keyTy, kb);
        return yield* ordLess(mm, keyTy, kaAddr, kbAddr);
      }
      const tupTy = mm.tt.tuple([mm.tt.ref(elem), mm.tt.ref(elem)]);
      const r = yield* callClosure(mm, closureTy, "FnMut", closureRef, [a, b], tupTy, ord);
      const variant = mm.variantOf(ord, r as number);
      freeTemp(mm, r);
      return variant === 0;
    };
    return mm.runGen(f, "sort_by", mergeSort(mm, esize, d.p, d.m, less), k);
  };
}, "cont");

function tempOf(m: Machine, t: RType, v: unknown): number {
  const l = layoutOf(t, m.tt);
  const a = m.mem.alloc(Math.max(l.size, 1), l.align, "runtime", "a temporary").base;
  m.storeValue(a, t, v);
  return a;
}

/** Calls a closure (or fn item/pointer) value through an `Fn*` trait with the given arguments. */
const closureSites = new WeakMap<Machine, Map<RType, Map<RType, Map<RType, Record<string, ClosureSite>>>>>();

/** Calls a closure value through its `Fn`/`FnMut`/`FnOnce` impl with value-convention `args`. */
export function* callClosure(
  m: Machine,
  closureTy: RType,
  trait: "Fn" | "FnMut" | "FnOnce",
  selfValue: unknown,
  args: unknown[],
  tupleTy: RType,
  retTy: RType,
): Generator<NativeRequest, unknown, unknown> {
  const site = closureSite(m, closureTy, trait, tupleTy, retTy);
  const c = site.callee;
  if (c.k === "inst" && c.runtimeUntupled && !site.retMemory) {
    // A closure body: pass the arguments directly instead of through an argument tuple.
    return yield { k: "call", inst: c.inst, args: c.runtimeUntupled(m, selfValue, args) };
  }
  const tl = site.layout;
  let tup: number | undefined;
  if (tl.size > 0) {
    // Argument tuples are recycled: the callee copies its arguments out on entry.
    tup = site.free.pop() ?? m.mem.alloc(tl.size, tl.align, "runtime", "closure arguments").base;
    const elems = (tupleTy as Extract<RType, { k: "tuple" }>).elems;
    for (let i = 0; i < elems.length; i++) m.storeValue(tup + tl.variants[0].fields[i].offset, elems[i], args[i]);
  }
  const r = yield* invokeGen(m, site.callee, [selfValue, tup], retTy);
  if (tup !== undefined) site.free.push(tup);
  return r;
}

interface ClosureSite {
  callee: ReturnType<typeof traitCallee>;
  layout: ReturnType<typeof layoutOf>;
  retMemory: boolean;
  free: number[];
}

/** The resolved `Fn*::call*` of a closure type for an argument tuple, memoised per machine. */
let lastSite: { m: Machine; c: RType; trait: string; t: RType; r: RType; site: ClosureSite } | undefined;

function closureSite(m: Machine, closureTy: RType, trait: string, tupleTy: RType, retTy: RType): ClosureSite {
  // Loops call the same closure over and over: a one-entry cache in front of the maps.
  const l = lastSite;
  if (l && l.m === m && l.c === closureTy && l.t === tupleTy && l.r === retTy && l.trait === trait) return l.site;
  const site = closureSiteSlow(m, closureTy, trait, tupleTy, retTy);
  lastSite = { m, c: closureTy, trait, t: tupleTy, r: retTy, site };
  return site;
}

function closureSiteSlow(m: Machine, closureTy: RType, trait: string, tupleTy: RType, retTy: RType): ClosureSite {
  // Keyed by type identity (types are interned): closure type → tuple type → return type → trait.
  let byMachine = closureSites.get(m);
  if (!byMachine) closureSites.set(m, byMachine = new Map());
  let byTuple = byMachine.get(closureTy);
  if (!byTuple) byMachine.set(closureTy, byTuple = new Map());
  let byRet = byTuple.get(tupleTy);
  if (!byRet) byTuple.set(tupleTy, byRet = new Map());
  let byTrait = byRet.get(retTy);
  if (!byTrait) byRet.set(retTy, byTrait = {});
  let site = byTrait[trait];
  if (!site) {
    const method = trait === "Fn" ? "call" : trait === "FnMut" ? "call_mut" : "call_once";
    const selfTy = trait === "FnOnce" ? closureTy : m.tt.ref(closureTy, trait === "FnMut");
    site = byTrait[trait] = {
      callee: traitCallee(m, closureTy, trait, method, [selfTy, tupleTy], retTy, [tupleTy]),
      layout: layoutOf(tupleTy, m.tt),
      retMemory: layoutOf(retTy, m.tt).repr === "memory",
      free: [],
    };
  }
  return site;
}

sliceMethod("iter", (s, _m, _e, esize) => (m: Machine, _f: unknown, dst: number, v: unknown) => {
  const d = recv(m, s, v);
  m.mem.writePtr(dst, d.p);
  m.mem.writePtr(dst + 8, esize === 0 ? d.p + d.m : d.p + d.m * esize);
});
sliceMethod("iter_mut", (s, _m, _e, esize) => (m: Machine, _f: unknown, dst: number, v: unknown) => {
  const d = recv(m, s, v);
  m.mem.writePtr(dst, d.p);
  m.mem.writePtr(dst + 8, esize === 0 ? d.p + d.m : d.p + d.m * esize);
});

sliceMethod(["windows", "chunks", "chunks_mut", "chunks_exact"], (s, m) => {
  const t = s.retTy;
  const which = s.path.split("::").pop()!;
  const vOff = fieldOffset(m, t, "v");
  const nOff = fieldOffset(m, t, which === "windows" ? "size" : "chunk_size");
  return (mm: Machine, _f: unknown, dst: number, v: unknown, n: unknown) => {
    const size = num(n);
    if (size === 0) {
      mm.panic(which === "windows" ? "window size must be non-zero" : "chunk size must be non-zero", s.span);
    }
    const d = recv(mm, s, v);
    mm.mem.writeFat(dst + vOff, d);
    mm.mem.writeU64(dst + nOff, size);
    if (which === "chunks_exact") {
      const esize = layoutOf(elemOfSlice(s.argTys[0]), mm.tt).size;
      const full = d.m - (d.m % size);
      mm.mem.writeFat(dst + vOff, new FatPtr(d.p, full));
      mm.mem.writeFat(dst + fieldOffset(mm, t, "rem"), new FatPtr(d.p + full * esize, d.m - full));
    }
  };
});

sliceMethod("binary_search", (s, _m, elem, esize) => {
  const res = s.retTy;
  return (mm: Machine, _f: unknown, dst: number, v: unknown, x: number) => {
    const d = recv(mm, s, v);
    const key = mm.loadValue(x, elem) as number;
    let lo = 0, hi = d.m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = mm.loadValue(d.p + mid * esize, elem) as number;
      if (c === key) {
        writeRes(mm, res, dst, true, mid);
        return;
      }
      if (c < key) lo = mid + 1;
      else hi = mid;
    }
    writeRes(mm, res, dst, false, lo);
  };
  function writeRes(mm: Machine, t: RType, dst: number, ok: boolean, n: number) {
    const l = layoutOf(t, mm.tt);
    const fl = l.variants[ok ? 0 : 1].fields[0];
    mm.mem.writeU64(dst + fl.offset, n);
    mm.setVariant(t, dst, ok ? 0 : 1);
  }
});

// Arrays: `[T; N]::map`, `as_slice`, and `IntoIterator`.
register(
  ["<[;] as IntoIterator>::into_iter"],
  site((s, m) => {
    const arr = s.self!;
    if (arr.k !== "array") return undefined;
    const esize = layoutOf(arr.elem, m.tt).size;
    const t = s.retTy;
    return (mm: Machine, _f: unknown, dst: number, a: number) => {
      const buf = heapAlloc(mm, arr.len * esize, layoutOf(arr.elem, mm.tt).align, `array::IntoIter buffer`);
      mm.mem.copy(buf, a, arr.len * esize);
      mm.mem.writePtr(dst + fieldOffset(mm, t, "buf"), buf);
      mm.mem.writeU64(dst + fieldOffset(mm, t, "start"), 0);
      mm.mem.writeU64(dst + fieldOffset(mm, t, "end"), arr.len);
    };
  }, "dst"),
);

// --- Vec -------------------------------------------------------------------------------------------------

function vecMethod(
  names: string | string[],
  make: (s: ShimSite, m: Machine, vv: VecView) => ((...a: never[]) => unknown) | undefined,
  mode?: "value" | "dst" | "cont",
) {
  register((Array.isArray(names) ? names : [names]).map((n) => `Vec::${n}`), (s, m) => {
    const mm = m as Machine;
    const t = vecTy(s);
    if (t.k !== "adt") return undefined;
    const fn = make(s, mm, vecView(mm, t));
    if (!fn) return undefined;
    return { fn, mode: mode ?? (layoutOf(s.retTy, mm.tt).repr === "memory" ? "dst" : "value") };
  });
}

vecMethod(["new", "new_in"], (_s, _m, vv) => (_m2: Machine, _f: unknown, dst: number) => vv.init(dst));
vecMethod(
  ["with_capacity", "with_capacity_in"],
  (_s, _m, vv) => (_m2: Machine, _f: unknown, dst: number, n: unknown) => vv.init(dst, num(n)),
);
vecMethod("len", (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => vv.len(v));
vecMethod("is_empty", (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => (vv.len(v) === 0 ? 1 : 0));
vecMethod("capacity", (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => vv.cap(v));
// `set_len` is unsafe; std's UB check (on in debug builds) aborts when the length exceeds the
// capacity, at its own source line in the pinned rustc's library.
const SET_LEN_CHECK = {
  file: `${RUST_LIBRARY}/alloc/src/vec/mod.rs`,
  line: 2162,
  col: 9,
};
vecMethod("set_len", (_s, _m, vv) => (m: Machine, _f: unknown, v: number, n: unknown) => {
  if (num(n) > vv.cap(v)) {
    m.panicNoUnwind(
      "unsafe precondition(s) violated: Vec::set_len requires that new_len <= capacity()\n\nThis indicates a bug in " +
        "the program. This Undefined Behavior check is optional, and cannot be relied on for safety.",
      SET_LEN_CHECK,
    );
  }
  vv.setLen(v, num(n));
});
vecMethod(["as_ptr", "as_mut_ptr"], (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => vv.ptr(v));
vecMethod(["as_slice", "as_mut_slice"], (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => vv.slice(v));
vecMethod("push", (_s, _m, vv) => (m: Machine, _f: unknown, v: number, x: unknown) => {
  vv.reserve(v, 1);
  const len = vv.len(v);
  m.storeValue(vv.ptr(v) + len * vv.esize, vv.elem, x);
  vv.setLen(v, len + 1);
}, "value");
vecMethod("pop", (s, _m, vv) => (m: Machine, _f: unknown, dst: number, v: number) => {
  const len = vv.len(v);
  if (len === 0) return writeOption(m, s.retTy, dst, undefined, false);
  vv.setLen(v, len - 1);
  writeOption(m, s.retTy, dst, m.loadValue(vv.ptr(v) + (len - 1) * vv.esize, vv.elem), true);
});
vecMethod(
  ["reserve", "reserve_exact"],
  (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number, n: unknown) => vv.reserve(v, num(n)),
  "value",
);
vecMethod("shrink_to_fit", (_s, _m, vv) => (_m2: Machine, _f: unknown, v: number) => {
  if (vv.cap(v) > vv.len(v) && vv.esize) vv.realloc(v, vv.len(v));
}, "value");
// `Vec::drain(range)`: a `Drain` over the range (see its model in std/adts.ts). Bad ranges panic
// with `slice::range`'s messages, at its source lines in the pinned rustc's core library.
const SLICE_RANGE_SITE = `${RUST_LIBRARY}/core/src/slice/index.rs`;
vecMethod("drain", (s, m0, vv) => {
  const rt = s.argTys[1];
  const dt = s.retTy;
  if (rt.k !== "adt" || dt.k !== "adt") return undefined;
  const kind = rt.def.name;
  const has = (n: string) => rt.def.variants[0]?.fields.some((fd) => fd.name === n);
  const so = has("start") ? fieldOffset(m0, rt, "start") : -1, eo = has("end") ? fieldOffset(m0, rt, "end") : -1;
  const o = (n: string) => fieldOffset(m0, dt, n);
  return (m: Machine, _f: unknown, dst: number, v: number, r: unknown) => {
    const len = vv.len(v);
    // Small ranges arrive as values, larger ones by address: read both through memory.
    let at = r as number;
    if (layoutOf(rt, m.tt).repr !== "memory") {
      at = m.scratch(Math.max(1, layoutOf(rt, m.tt).size));
      m.storeValue(at, rt, r);
    }
    const start = so >= 0 ? num(m.mem.readU64(at + so)) : 0;
    let end = eo >= 0 ? num(m.mem.readU64(at + eo)) : len;
    if (kind === "RangeInclusive" || kind === "RangeToInclusive") end += 1;
    if (start > end) {
      m.panic(`slice index starts at ${start} but ends at ${end}`, { file: SLICE_RANGE_SITE, line: 1031, col: 55 });
    }
    if (end > len) {
      m.panic(`range end index ${end} out of range for slice of length ${len}`, {
        file: SLICE_RANGE_SITE,
        line: 1020,
        col: 51,
      });
    }
    m.mem.writePtr(dst + o("vec"), v);
    for (const [n, x] of [["from", start], ["start", start], ["end", end], ["tail", end], ["len", len]] as const) {
      m.mem.writeU64(dst + o(n), x);
    }
    vv.setLen(v, start);
  };
}, "dst");
registerDrop("std::vec::Drain", function* (m, ty, addr) {
  const vt = stdType(m, "std::vec::Vec", [ty.args[0]]);
  const vv = vecView(m, vt);
  const rd = (n: string) => num(m.mem.readU64(addr + fieldOffset(m, ty, n)));
  const v = m.mem.readPtr(addr + fieldOffset(m, ty, "vec"));
  const [from, start, end, tail, len] = ["from", "start", "end", "tail", "len"].map(rd);
  const base = vv.ptr(v);
  // Items not yet yielded are dropped; the tail moves down to close the gap.
  if (end > start) yield* m.drops.slice(vv.elem, base + start * vv.esize, end - start);
  if (len > tail && vv.esize) m.mem.copy(base + from * vv.esize, base + tail * vv.esize, (len - tail) * vv.esize);
  vv.setLen(v, from + (len - tail));
});
vecMethod(["clear", "truncate"], (s, _m, vv) => {
  const trunc = s.path.endsWith("truncate");
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: number, n?: unknown) => {
    const len = vv.len(v);
    const keep = trunc ? Math.min(num(n), len) : 0;
    if (keep >= len) return undefined;
    vv.setLen(v, keep);
    if (!mm.needsDrop(vv.elem)) return undefined;
    return mm.runGen(f, "truncate", mm.drops.slice(vv.elem, vv.ptr(v) + keep * vv.esize, len - keep), k);
  };
}, "cont");
vecMethod(
  ["extend_from_slice", "extend_from_within"],
  (_s, _m, vv) => (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: number, src: FatPtr) => {
    vv.reserve(v, src.m);
    const len = vv.len(v);
    return mm.runGen(
      f,
      "extend_from_slice",
      (function* () {
        yield* cloneElems(mm, vv.elem, vv.ptr(v) + len * vv.esize, src.p, src.m);
        vv.setLen(v, len + src.m);
      })(),
      k,
    );
  },
  "cont",
);
vecMethod(
  "resize",
  (_s, _m, vv) => (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: number, n: unknown, x: unknown) => {
    const len = vv.len(v), want = num(n);
    if (want <= len) {
      vv.setLen(v, want);
      if (!mm.needsDrop(vv.elem)) return undefined;
      return mm.runGen(
        f,
        "resize",
        (function* () {
          yield* mm.drops.slice(vv.elem, vv.ptr(v) + want * vv.esize, len - want);
          if (layoutOf(vv.elem, mm.tt).repr === "memory") yield* mm.drops.glue(vv.elem, x as number);
        })(),
        k,
      );
    }
    vv.reserve(v, want - len);
    return mm.runGen(
      f,
      "resize",
      (function* () {
        const xAddr = layoutOf(vv.elem, mm.tt).repr === "memory" ? x as number : tempOf(mm, vv.elem, x);
        for (let i = len; i < want - 1; i++) yield* cloneElems(mm, vv.elem, vv.ptr(v) + i * vv.esize, xAddr, 1);
        mm.storeValue(vv.ptr(v) + (want - 1) * vv.esize, vv.elem, x);
        vv.setLen(v, want);
      })(),
      k,
    );
  },
  "cont",
);
vecMethod("insert", (s, _m, vv) => (m: Machine, _f: unknown, v: number, i: unknown, x: unknown) => {
  const len = vv.len(v), idx = num(i);
  if (idx > len) m.panic(`insertion index (is ${idx}) should be <= len (is ${len})`, s.span);
  vv.reserve(v, 1);
  const p = vv.ptr(v);
  m.mem.copy(p + (idx + 1) * vv.esize, p + idx * vv.esize, (len - idx) * vv.esize);
  m.storeValue(p + idx * vv.esize, vv.elem, x);
  vv.setLen(v, len + 1);
}, "value");
vecMethod(["remove", "swap_remove"], (s, m, vv) => {
  const swap = s.path.endsWith("swap_remove");
  const memory = layoutOf(vv.elem, m.tt).repr === "memory";
  const fn = (mm: Machine, dst: number | undefined, v: number, i: unknown) => {
    const len = vv.len(v), idx = num(i);
    if (idx >= len) {
      mm.panic(`${swap ? "swap_remove" : "removal"} index (is ${idx}) should be < len (is ${len})`, s.span);
    }
    const p = vv.ptr(v);
    const at = p + idx * vv.esize;
    let out: unknown;
    if (memory) mm.mem.copy(dst!, at, vv.esize);
    else out = mm.loadValue(at, vv.elem);
    if (swap) mm.mem.copy(at, p + (len - 1) * vv.esize, vv.esize);
    else mm.mem.copy(at, at + vv.esize, (len - idx - 1) * vv.esize);
    vv.setLen(v, len - 1);
    return out;
  };
  return memory
    ? (mm: Machine, _f: unknown, dst: number, v: number, i: unknown) => void fn(mm, dst, v, i)
    : (mm: Machine, _f: unknown, v: number, i: unknown) => fn(mm, undefined, v, i);
});
vecMethod("swap", (_s, _m, vv) => (m: Machine, _f: unknown, v: number, a: unknown, b: unknown) => {
  const p = vv.ptr(v), i = num(a), j = num(b);
  const x = m.mem.read(p + i * vv.esize, vv.esize);
  m.mem.copy(p + i * vv.esize, p + j * vv.esize, vv.esize);
  m.mem.write(p + j * vv.esize, x);
}, "value");
vecMethod("into_boxed_slice", (_s, _m, vv) => (m: Machine, _f: unknown, dst: number, v: number) => {
  if (vv.cap(v) !== vv.len(v) && vv.esize) vv.realloc(v, vv.len(v));
  m.mem.writeFat(dst, vv.slice(v));
});
vecMethod("split_off", (s, _m, vv) => (m: Machine, _f: unknown, dst: number, v: number, at: unknown) => {
  const len = vv.len(v), i = num(at);
  if (i > len) m.panic(`\`at\` split index (is ${i}) should be <= len (is ${len})`, s.span);
  vv.init(dst, len - i);
  m.mem.copy(vv.ptr(dst), vv.ptr(v) + i * vv.esize, (len - i) * vv.esize);
  vv.setLen(dst, len - i);
  vv.setLen(v, i);
});
vecMethod("append", (_s, _m, vv) => (m: Machine, _f: unknown, v: number, other: number) => {
  const n = vv.len(other);
  vv.reserve(v, n);
  const len = vv.len(v);
  m.mem.copy(vv.ptr(v) + len * vv.esize, vv.ptr(other), n * vv.esize);
  vv.setLen(v, len + n);
  vv.setLen(other, 0);
}, "value");
vecMethod("dedup", (_s, _m, vv) => (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: number) => {
  return mm.runGen(
    f,
    "dedup",
    (function* () {
      const len = vv.len(v), p = vv.ptr(v);
      if (len < 2) return;
      let w = 1;
      for (let r = 1; r < len; r++) {
        if (yield* elemEq(mm, vv.elem, p + r * vv.esize, p + (w - 1) * vv.esize)) {
          yield* mm.drops.glue(vv.elem, p + r * vv.esize);
        } else {
          if (w !== r) mm.mem.copy(p + w * vv.esize, p + r * vv.esize, vv.esize);
          w++;
        }
      }
      vv.setLen(v, w);
    })(),
    k,
  );
}, "cont");
vecMethod("retain", (s, _m, vv) => {
  const closureTy = s.typeArgs[0] ?? s.argTys[1];
  return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, v: number, closure: unknown) => {
    return mm.runGen(
      f,
      "retain",
      (function* () {
        const len = vv.len(v), p = vv.ptr(v);
        let w = 0;
        const tup = mm.tt.tuple([mm.tt.ref(vv.elem)]);
        for (let r = 0; r < len; r++) {
          const keep = yield* callClosure(
            mm,
            closureTy,
            "FnMut",
            typeof closure === "number" ? closure : 1,
            [p + r * vv.esize],
            tup,
            mm.tt.bool,
          );
          if (keep === 1) {
            if (w !== r) mm.mem.copy(p + w * vv.esize, p + r * vv.esize, vv.esize);
            w++;
          } else yield* mm.drops.glue(vv.elem, p + r * vv.esize);
        }
        vv.setLen(v, w);
      })(),
      k,
    );
  };
}, "cont");

register(
  [
    "<Vec as Deref>::deref",
    "<Vec as DerefMut>::deref_mut",
    "<Vec as AsRef>::as_ref",
    "<Vec as AsMut>::as_mut",
    "<Vec as Borrow>::borrow",
  ],
  site((s, m) => {
    const vv = vecView(m, vecTy(s));
    return (_m: Machine, _f: unknown, v: number) => vv.slice(v);
  }, "value"),
);

register(
  "<Vec as Clone>::clone",
  site((s, m) => {
    const vv = vecView(m, vecTy(s));
    return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, v: number) => {
      const len = vv.len(v);
      vv.init(dst, len);
      return mm.runGen(
        f,
        "Vec::clone",
        (function* () {
          yield* cloneElems(mm, vv.elem, vv.ptr(dst), vv.ptr(v), len);
          vv.setLen(dst, len);
        })(),
        k,
      );
    };
  }, "cont"),
);

register(
  ["std::vec::from_elem", "std::vec::from_elem_in"],
  site((s, m) => {
    const vv = vecView(m, s.retTy);
    return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, x: unknown, n: unknown) => {
      const count = num(n);
      vv.init(dst, count);
      const p = vv.ptr(dst);
      if (count === 0) {
        if (!mm.needsDrop(vv.elem)) return undefined;
        return mm.runGen(f, "vec!", mm.drops.glue(vv.elem, x as number), k);
      }
      if (!mm.needsDrop(vv.elem) && !(vv.elem.k === "adt" && vv.elem.def.user)) {
        // Plain data: replicate the bytes.
        const bytes = layoutOf(vv.elem, mm.tt).repr === "memory" ? mm.mem.read(x as number, vv.esize) : undefined;
        if (bytes) { for (let i = 0; i < count; i++) mm.mem.write(p + i * vv.esize, bytes); }
        else if (vv.esize === 1) mm.mem.fill(p, Number(x) & 255, count);
        else for (let i = 0; i < count; i++) mm.storeValue(p + i * vv.esize, vv.elem, x);
        vv.setLen(dst, count);
        return undefined;
      }
      return mm.runGen(
        f,
        "vec!",
        (function* () {
          const xAddr = layoutOf(vv.elem, mm.tt).repr === "memory" ? x as number : tempOf(mm, vv.elem, x);
          for (let i = 0; i < count - 1; i++) yield* cloneElems(mm, vv.elem, p + i * vv.esize, xAddr, 1);
          mm.storeValue(p + (count - 1) * vv.esize, vv.elem, x);
          vv.setLen(dst, count);
        })(),
        k,
      );
    };
  }, "cont"),
);

register(
  ["<Vec as From>::from"],
  site((s, m) => {
    const vv = vecView(m, s.retTy);
    const src = s.argTys[0];
    return (mm: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, x: unknown) => {
      if (src.k === "array") {
        vv.init(dst, src.len);
        mm.mem.copy(vv.ptr(dst), x as number, src.len * vv.esize);
        vv.setLen(dst, src.len);
        return undefined;
      }
      const sl = asSlice(mm, src, x);
      vv.init(dst, sl.m);
      return mm.runGen(
        f,
        "Vec::from",
        (function* () {
          yield* cloneElems(mm, vv.elem, vv.ptr(dst), sl.p, sl.m);
          vv.setLen(dst, sl.m);
        })(),
        k,
      );
    };
  }, "cont"),
);

register(
  ["<Vec as IntoIterator>::into_iter"],
  site((s, m) => {
    const vv = vecView(m, vecTy(s));
    const it = s.retTy;
    return (mm: Machine, _f: unknown, dst: number, v: number) => {
      const p = vv.ptr(v), len = vv.len(v);
      mm.mem.writePtr(dst + fieldOffset(mm, it, "buf"), p);
      mm.mem.writeU64(dst + fieldOffset(mm, it, "cap"), vv.cap(v));
      mm.mem.writePtr(dst + fieldOffset(mm, it, "ptr"), p);
      mm.mem.writePtr(dst + fieldOffset(mm, it, "end"), vv.esize === 0 ? p + len : p + len * vv.esize);
    };
  }, "dst"),
);

registerDrop("Vec", function* (m, ty, addr) {
  const vv = vecView(m, ty);
  const len = vv.len(addr), cap = vv.cap(addr), p = vv.ptr(addr);
  yield* m.drops.slice(vv.elem, p, len);
  if (vv.esize && cap) heapFree(m, p, cap * vv.esize);
});

registerDrop(["std::vec::IntoIter", "std::array::IntoIter"], function* (m, ty, addr) {
  const elem = ty.args[0];
  const esize = layoutOf(elem, m.tt).size;
  if (ty.def.path === "std::array::IntoIter") {
    const buf = m.mem.readPtr(addr + fieldOffset(m, ty, "buf"));
    const start = num(m.mem.readU64(addr + fieldOffset(m, ty, "start"))),
      end = num(m.mem.readU64(addr + fieldOffset(m, ty, "end")));
    yield* m.drops.slice(elem, buf + start * esize, end - start);
    heapFree(m, buf, Math.max(1, esize));
    return;
  }
  const buf = m.mem.readPtr(addr + fieldOffset(m, ty, "buf"));
  const cap = num(m.mem.readU64(addr + fieldOffset(m, ty, "cap")));
  const p = m.mem.readPtr(addr + fieldOffset(m, ty, "ptr"));
  const end = m.mem.readPtr(addr + fieldOffset(m, ty, "end"));
  if (esize) yield* m.drops.slice(elem, p, (end - p) / esize);
  if (esize && cap) heapFree(m, buf, cap * esize);
});
