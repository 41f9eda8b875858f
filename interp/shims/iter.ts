/**
 * Iterators: `next`/`next_back` of std iterator types and adapters (as generators, so adapters
 * can call closures and user iterators), adapter constructors, and consuming methods (`sum`,
 * `collect`, `fold`, `find`, …). Items follow the value convention; items that live in memory
 * and are produced by adapters (tuples of `enumerate`/`zip`) come in runtime temporaries that
 * consumers release with `freeTemp`.
 */

import { InvalidMir, Unsupported } from "../errors.ts";
import * as I from "../machine/ints.ts";
import type { NativeRequest } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import { iteratorItem } from "../machine/program.ts";
import { type RType, showType } from "../machine/types.ts";
import type { BoundShim, ShimSite } from "./api.ts";
import { callTrait, freeTemp } from "./calltrait.ts";
import { callClosure, vecView } from "./seq.ts";
import { channelNext } from "./sync.ts";
import { register } from "./table.ts";
import { newString, pushBytes, stringStr } from "./text.ts";
import { type AnyFrame, fieldOffset, fieldType, num, stdType, writeOption } from "./util.ts";

type Adt = Extract<RType, { k: "adt" }>;
type Next = { some: boolean; value?: unknown };
type Gen<T> = Generator<NativeRequest, T, unknown>;

const NONE: Next = { some: false };
const ENC = new TextEncoder();

/** The item type of iterator type `t` (std or user). */
export function itemType(m: Machine, t: RType): RType {
  // Memoised per program and type (types are interned): adapters ask for every element.
  let memo = itemTypes.get(m.prog);
  if (!memo) itemTypes.set(m.prog, memo = new WeakMap());
  let r = memo.get(t);
  if (!r) {
    const std = t.k === "adt" && !t.def.user ? iteratorItem(m.prog, t) : undefined;
    r = std ?? m.prog.projection(t, "Iterator", "Item", undefined, { params: new Map() });
    memo.set(t, r);
  }
  return r;
}
const itemTypes = new WeakMap<object, WeakMap<RType, RType>>();

/** A fresh runtime temporary holding `v` of type `t` (for memory-typed items built here). */
function temp(m: Machine, t: RType): number {
  const l = layoutOf(t, m.tt);
  return m.mem.alloc(Math.max(l.size, 1), l.align, "runtime", "an iterator item").base;
}

const f = (m: Machine, t: RType, addr: number, name: string) => addr + fieldOffset(m, t, name);

/**
 * `Iterator::next` without a generator for the iterators loops use most (slice iterators and
 * integer ranges); undefined for every other iterator, which `iterNext` handles.
 */
export function iterNextSync(m: Machine, t: RType, addr: number): Next | undefined {
  if (t.k !== "adt") return undefined;
  const path = t.def.path;
  if (path === "std::ops::Range") {
    const it = t.args[0];
    if (it.k !== "int") return undefined;
    const mem = m.mem;
    const so = fieldOffset(m, t, "start"), eo = fieldOffset(m, t, "end");
    const s0 = mem.readInt(addr + so, it.name), e = mem.readInt(addr + eo, it.name);
    if (!(s0 < e)) return NONE;
    mem.writeInt(addr + so, it.name, I.add(it.name, s0, 1));
    return { some: true, value: s0 };
  }
  if (path === "std::slice::Iter" || path === "std::slice::IterMut") {
    const esize = layoutOf(t.args[0], m.tt).size;
    if (esize === 0) return undefined;
    const mem = m.mem;
    const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
    if (p >= end) return NONE;
    mem.writePtr(addr, p + esize);
    return { some: true, value: p };
  }
  return undefined;
}

/** How to read, write and step the bounds of a range over integers or `char`s. */
interface RangeBound {
  read(m: Machine, addr: number): I.Int;
  write(m: Machine, addr: number, v: I.Int): void;
  /** The next (`by` = 1) or previous (`by` = -1) value; chars skip the surrogate gap. */
  step(v: I.Int, by: 1 | -1): I.Int;
}

/** The bound handling of range type `t`; Unsupported for ranges of other types. */
function rangeBound(t: Extract<RType, { k: "adt" }>): RangeBound {
  const it = t.args[0];
  if (it?.k === "int") {
    const n = it.name;
    return {
      read: (m, a) => m.mem.readInt(a, n),
      write: (m, a, v) => m.mem.writeInt(a, n, v),
      step: (v, by) => (by === 1 ? I.add(n, v, 1) : I.sub(n, v, 1)),
    };
  }
  if (it?.k === "char") {
    return {
      read: (m, a) => m.mem.readU32(a),
      write: (m, a, v) => m.mem.writeU32(a, Number(v)),
      step: (v, by) => (by === 1 ? (v === 0xd7ff ? 0xe000 : Number(v) + 1) : (v === 0xe000 ? 0xd7ff : Number(v) - 1)),
    };
  }
  throw new Unsupported(`iterating over ${t.def.name}<${it?.key}>`);
}

/**
 * `Iterator::nth(k)` of an integer `Range`, `RangeInclusive` or `RangeFrom` in constant time, as
 * std's range specialisations do; undefined for other iterators.
 */
function rangeNth(m: Machine, t: RType, addr: number, k: number): Next | undefined {
  if (t.k !== "adt" || t.args[0]?.k !== "int") return undefined;
  const n = t.args[0].name;
  const path = t.def.path;
  if (path !== "std::ops::Range" && path !== "std::ops::RangeInclusive" && path !== "std::ops::RangeFrom") {
    return undefined;
  }
  const mem = m.mem;
  const sA = f(m, t, addr, "start"), s = BigInt(mem.readInt(sA, n)), v = s + BigInt(k);
  if (path === "std::ops::RangeFrom") {
    mem.writeInt(sA, n, I.add(n, I.canon(v), 1));
    return { some: true, value: I.canon(v) };
  }
  const eA = f(m, t, addr, "end"), e = BigInt(mem.readInt(eA, n));
  if (path === "std::ops::Range") {
    if (v < e) {
      mem.writeInt(sA, n, I.canon(v + 1n));
      return { some: true, value: I.canon(v) };
    }
    mem.writeInt(sA, n, I.canon(e));
    return NONE;
  }
  const xA = f(m, t, addr, "exhausted");
  if (mem.readU8(xA) || s > e) return NONE;
  if (v < e) {
    mem.writeInt(sA, n, I.canon(v + 1n));
    return { some: true, value: I.canon(v) };
  }
  mem.writeInt(sA, n, I.canon(e));
  mem.writeU8(xA, 1);
  return v === e ? { some: true, value: I.canon(v) } : NONE;
}

/** The next (or, from the back, the last) item a `vec::Drain` moves out of its vector. */
function drainNext(m: Machine, t: Extract<RType, { k: "adt" }>, addr: number, back: boolean): Next {
  const mem = m.mem;
  const elem = t.args[0];
  const sA = f(m, t, addr, "start"), eA = f(m, t, addr, "end");
  const start = Number(mem.readU64(sA)), end = Number(mem.readU64(eA));
  if (start >= end) return NONE;
  const i = back ? end - 1 : start;
  mem.writeU64(back ? eA : sA, back ? end - 1 : start + 1);
  const vv = vecView(m, stdType(m, "std::vec::Vec", [elem]));
  const data = vv.ptr(mem.readPtr(f(m, t, addr, "vec")));
  return { some: true, value: m.loadValue(data + i * vv.esize, elem) };
}

/** `Iterator::next` of the iterator of type `t` at `addr`. */
export function* iterNext(m: Machine, t: RType, addr: number): Gen<Next> {
  m.chargeSteps(1);
  if (t.k === "ref" && (t.to.k === "adt" || t.to.k === "closure")) {
    // `&mut I` is an iterator too.
    return yield* iterNext(m, t.to, m.mem.readPtr(addr));
  }
  if (t.k !== "adt") throw new Unsupported(`iterating over ${t.key}`);
  const mem = m.mem;
  if (t.def.user) return yield* userNext(m, t, addr, "next");
  const a = t.args;
  switch (t.def.path) {
    case "std::ops::Range": {
      const b = rangeBound(t);
      const sA = f(m, t, addr, "start"), s = b.read(m, sA), e = b.read(m, f(m, t, addr, "end"));
      if (!(s < e)) return NONE;
      b.write(m, sA, b.step(s, 1));
      return { some: true, value: s };
    }
    case "std::ops::RangeFrom": {
      const b = rangeBound(t);
      const sA = f(m, t, addr, "start"), s = b.read(m, sA);
      b.write(m, sA, b.step(s, 1));
      return { some: true, value: s };
    }
    case "std::ops::RangeInclusive": {
      const b = rangeBound(t);
      const sA = f(m, t, addr, "start"), eA = f(m, t, addr, "end"), xA = f(m, t, addr, "exhausted");
      const s = b.read(m, sA), e = b.read(m, eA);
      if (mem.readU8(xA) || s > e) return NONE;
      if (s < e) b.write(m, sA, b.step(s, 1));
      else mem.writeU8(xA, 1);
      return { some: true, value: s };
    }
    case "std::slice::Iter":
    case "std::slice::IterMut": {
      const esize = layoutOf(a[0], m.tt).size;
      const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
      if (p >= end) return NONE;
      mem.writePtr(addr, p + (esize || 1));
      return { some: true, value: esize ? p : mem.readPtr(addr) - 1 };
    }
    case "std::vec::Drain":
      return drainNext(m, t, addr, false);
    case "std::vec::IntoIter": {
      const esize = layoutOf(a[0], m.tt).size;
      const pA = f(m, t, addr, "ptr"), end = mem.readPtr(f(m, t, addr, "end"));
      const p = mem.readPtr(pA);
      if (p >= end) return NONE;
      mem.writePtr(pA, p + (esize || 1));
      return { some: true, value: m.loadValue(p, a[0]) };
    }
    case "std::array::IntoIter": {
      const esize = layoutOf(a[0], m.tt).size;
      const sA = f(m, t, addr, "start");
      const s = num(mem.readU64(sA)), e = num(mem.readU64(f(m, t, addr, "end")));
      if (s >= e) return NONE;
      mem.writeU64(sA, s + 1);
      return { some: true, value: m.loadValue(mem.readPtr(f(m, t, addr, "buf")) + s * esize, a[0]) };
    }
    case "std::str::Chars": {
      const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
      if (p >= end) return NONE;
      const [cp, n] = decodeUtf8(mem.read(p, Math.min(4, end - p)));
      mem.writePtr(addr, p + n);
      return { some: true, value: cp };
    }
    case "std::str::CharIndices": {
      const offA = f(m, t, addr, "front_offset"), it = f(m, t, addr, "iter");
      const p = mem.readPtr(it), end = mem.readPtr(it + 8);
      if (p >= end) return NONE;
      const [cp, n] = decodeUtf8(mem.read(p, Math.min(4, end - p)));
      const off = num(mem.readU64(offA));
      mem.writePtr(it, p + n);
      mem.writeU64(offA, off + n);
      const item = m.tt.tuple([m.tt.usize, m.tt.char]);
      const tmp = temp(m, item);
      const l = layoutOf(item, m.tt);
      mem.writeU64(tmp + l.variants[0].fields[0].offset, off);
      mem.writeU32(tmp + l.variants[0].fields[1].offset, cp);
      return { some: true, value: tmp };
    }
    case "std::str::Bytes": {
      const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
      if (p >= end) return NONE;
      mem.writePtr(addr, p + 1);
      return { some: true, value: mem.readU8(p) };
    }
    case "std::str::Lines":
    case "std::str::SplitWhitespace":
    case "std::str::Split":
      return yield* textSplitNext(m, t, addr);
    case "std::slice::Windows":
    case "std::slice::Chunks":
    case "std::slice::ChunksMut":
    case "std::slice::ChunksExact": {
      const vA = f(m, t, addr, "v");
      const v = mem.readFat(vA);
      const esize = layoutOf(a[0], m.tt).size;
      const isWin = t.def.name === "Windows";
      const n = num(mem.readU64(f(m, t, addr, isWin ? "size" : "chunk_size")));
      if (isWin) {
        if (v.m < n) return NONE;
        mem.writeFat(vA, new FatPtr(v.p + esize, v.m - 1));
        return { some: true, value: new FatPtr(v.p, n) };
      }
      if (v.m === 0) return NONE;
      const take = Math.min(n, v.m);
      mem.writeFat(vA, new FatPtr(v.p + take * esize, v.m - take));
      return { some: true, value: new FatPtr(v.p, take) };
    }
    case "std::iter::Enumerate": {
      const inner = fieldType(m, t, "iter");
      const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
      if (!r.some) return NONE;
      const cA = f(m, t, addr, "count");
      const c = num(mem.readU64(cA));
      mem.writeU64(cA, c + 1);
      const item = m.tt.tuple([m.tt.usize, itemType(m, inner)]);
      return { some: true, value: makeTuple(m, item, [c, r.value]) };
    }
    case "std::iter::Map": {
      const inner = fieldType(m, t, "iter");
      const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
      if (!r.some) return NONE;
      const item = itemType(m, inner);
      const out = itemType(m, t);
      const v = yield* callClosure(m, a[1], "FnMut", f(m, t, addr, "f"), [r.value], m.tt.tuple([item]), out);
      releaseItem(m, item, r.value);
      return { some: true, value: v };
    }
    case "std::iter::Filter":
    case "std::iter::TakeWhile":
    case "std::iter::SkipWhile": {
      const inner = fieldType(m, t, "iter");
      const item = itemType(m, inner);
      const pred = t.def.name === "Filter" ? f(m, t, addr, "predicate") : f(m, t, addr, "predicate");
      const predTy = a[1];
      for (;;) {
        if (t.def.name === "TakeWhile" && mem.readU8(f(m, t, addr, "flag"))) return NONE;
        const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
        if (!r.some) return NONE;
        if (t.def.name === "SkipWhile" && mem.readU8(f(m, t, addr, "flag"))) return r;
        const refArg = refTo(m, item, r.value);
        const keep = yield* callClosure(
          m,
          predTy,
          "FnMut",
          pred,
          [refArg.ref],
          m.tt.tuple([m.tt.ref(item)]),
          m.tt.bool,
        );
        refArg.release();
        if (t.def.name === "Filter") {
          if (keep === 1) return r;
          yield* dropItem(m, item, r.value);
        } else if (t.def.name === "TakeWhile") {
          if (keep === 1) return r;
          mem.writeU8(f(m, t, addr, "flag"), 1);
          yield* dropItem(m, item, r.value);
          return NONE;
        } else {
          if (keep !== 1) {
            mem.writeU8(f(m, t, addr, "flag"), 1);
            return r;
          }
          yield* dropItem(m, item, r.value);
        }
      }
    }
    case "std::iter::FilterMap": {
      const inner = fieldType(m, t, "iter");
      const item = itemType(m, inner);
      const optTy = m.prog.projection(a[1], "FnOnce", "Output", undefined, { params: new Map() });
      for (;;) {
        const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
        if (!r.some) return NONE;
        const o = yield* callClosure(m, a[1], "FnMut", f(m, t, addr, "f"), [r.value], m.tt.tuple([item]), optTy);
        const v = m.variantOf(optTy, o as number);
        if (v === 1) {
          const pl = layoutOf(optTy, m.tt).variants[1].fields[0];
          return { some: true, value: m.loadValue((o as number) + pl.offset, pl.ty) };
        }
        freeTemp(m, o);
      }
    }
    case "std::iter::Inspect": {
      const inner = fieldType(m, t, "iter");
      const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
      if (!r.some) return NONE;
      const item = itemType(m, inner);
      const refArg = refTo(m, item, r.value);
      yield* callClosure(m, a[1], "FnMut", f(m, t, addr, "f"), [refArg.ref], m.tt.tuple([m.tt.ref(item)]), m.tt.unit);
      refArg.release();
      return r;
    }
    case "std::iter::Skip": {
      const nA = f(m, t, addr, "n");
      const inner = fieldType(m, t, "iter");
      let n = num(mem.readU64(nA));
      while (n > 0) {
        mem.writeU64(nA, --n);
        const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
        if (!r.some) return NONE;
        yield* dropItem(m, itemType(m, inner), r.value);
      }
      return yield* iterNext(m, inner, f(m, t, addr, "iter"));
    }
    case "std::iter::Take": {
      const nA = f(m, t, addr, "n");
      const n = num(mem.readU64(nA));
      if (n === 0) return NONE;
      mem.writeU64(nA, n - 1);
      return yield* iterNext(m, fieldType(m, t, "iter"), f(m, t, addr, "iter"));
    }
    case "std::iter::StepBy": {
      const inner = fieldType(m, t, "iter");
      const ftA = f(m, t, addr, "first_take");
      const step = num(mem.readU64(f(m, t, addr, "step_minus_one")));
      if (mem.readU8(ftA)) {
        mem.writeU8(ftA, 0);
        return yield* iterNext(m, inner, f(m, t, addr, "iter"));
      }
      const jumped = rangeNth(m, inner, f(m, t, addr, "iter"), step);
      if (jumped) return jumped;
      for (let i = 0; i < step; i++) {
        const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
        if (!r.some) return NONE;
        yield* dropItem(m, itemType(m, inner), r.value);
      }
      return yield* iterNext(m, inner, f(m, t, addr, "iter"));
    }
    case "std::iter::Rev":
      return yield* iterNextBack(m, fieldType(m, t, "iter"), f(m, t, addr, "iter"));
    case "std::iter::Cloned":
    case "std::iter::Copied": {
      const inner = fieldType(m, t, "it");
      const r = yield* iterNext(m, inner, f(m, t, addr, "it"));
      if (!r.some) return NONE;
      return { some: true, value: yield* cloneRef(m, itemType(m, t), r.value as number) };
    }
    case "std::iter::Zip": {
      const ta = fieldType(m, t, "a"), tb = fieldType(m, t, "b");
      const x = yield* iterNext(m, ta, f(m, t, addr, "a"));
      if (!x.some) return NONE;
      const y = yield* iterNext(m, tb, f(m, t, addr, "b"));
      if (!y.some) {
        yield* dropItem(m, itemType(m, ta), x.value);
        return NONE;
      }
      const item = m.tt.tuple([itemType(m, ta), itemType(m, tb)]);
      return { some: true, value: makeTuple(m, item, [x.value, y.value]) };
    }
    case "std::iter::Chain": {
      for (const side of ["a", "b"]) {
        const optTy = fieldType(m, t, side);
        const oA = f(m, t, addr, side);
        if (m.variantOf(optTy, oA) !== 1) continue;
        const pl = layoutOf(optTy, m.tt).variants[1].fields[0];
        const r = iterNextSync(m, pl.ty, oA + pl.offset) ?? (yield* iterNext(m, pl.ty, oA + pl.offset));
        if (r.some) return r;
        yield* m.drops.glue(pl.ty, oA + pl.offset);
        m.setVariant(optTy, oA, 0);
      }
      return NONE;
    }
    case "std::iter::Repeat":
      return { some: true, value: yield* cloneRef(m, a[0], f(m, t, addr, "element")) };
    case "std::iter::Once": {
      const optTy = fieldType(m, t, "inner");
      const oA = f(m, t, addr, "inner");
      if (m.variantOf(optTy, oA) !== 1) return NONE;
      const pl = layoutOf(optTy, m.tt).variants[1].fields[0];
      const v = m.loadValue(oA + pl.offset, pl.ty);
      const tmp = layoutOf(pl.ty, m.tt).repr === "memory" ? copyToTemp(m, pl.ty, v as number) : v;
      m.setVariant(optTy, oA, 0);
      return { some: true, value: tmp };
    }
    case "std::iter::Empty":
      return NONE;
    case "std::iter::Cycle": {
      const inner = fieldType(m, t, "iter");
      const r = yield* iterNext(m, inner, f(m, t, addr, "iter"));
      if (r.some) return r;
      m.mem.copy(f(m, t, addr, "iter"), f(m, t, addr, "orig"), layoutOf(inner, m.tt).size);
      return yield* iterNext(m, inner, f(m, t, addr, "iter"));
    }
    case "std::sync::mpsc::Iter":
    case "std::sync::mpsc::IntoIter":
    case "std::sync::mpsc::TryIter":
      return yield* channelNext(m, t, addr);
    case "std::env::Args": {
      const pA = f(m, t, addr, "pos");
      const pos = num(mem.readU64(pA)), end = num(mem.readU64(f(m, t, addr, "end")));
      if (pos >= end) return NONE;
      mem.writeU64(pA, pos + 1);
      const args = argv(m);
      const strTy = stdType(m, "std::string::String");
      const tmp = temp(m, strTy);
      newString(m, tmp, ENC.encode(args[pos] ?? ""));
      return { some: true, value: tmp };
    }
  }
  throw new Unsupported(`\`Iterator::next\` for ${t.def.path}`);
}

/** `DoubleEndedIterator::next_back`. */
export function* iterNextBack(m: Machine, t: RType, addr: number): Gen<Next> {
  m.chargeSteps(1);
  if (t.k === "ref") return yield* iterNextBack(m, t.to, m.mem.readPtr(addr));
  if (t.k !== "adt") throw new Unsupported(`reverse iteration over ${t.key}`);
  if (t.def.user) return yield* userNext(m, t, addr, "next_back");
  const mem = m.mem;
  const a = t.args;
  switch (t.def.path) {
    case "std::ops::Range": {
      const b = rangeBound(t);
      const s = b.read(m, f(m, t, addr, "start")), eA = f(m, t, addr, "end"), e = b.read(m, eA);
      if (!(s < e)) return NONE;
      const v = b.step(e, -1);
      b.write(m, eA, v);
      return { some: true, value: v };
    }
    case "std::ops::RangeInclusive": {
      const b = rangeBound(t);
      const sA = f(m, t, addr, "start"), eA = f(m, t, addr, "end"), xA = f(m, t, addr, "exhausted");
      const s = b.read(m, sA), e = b.read(m, eA);
      if (mem.readU8(xA) || s > e) return NONE;
      if (s < e) b.write(m, eA, b.step(e, -1));
      else mem.writeU8(xA, 1);
      return { some: true, value: e };
    }
    case "std::slice::Iter":
    case "std::slice::IterMut": {
      const esize = layoutOf(a[0], m.tt).size || 1;
      const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
      if (p >= end) return NONE;
      mem.writePtr(addr + 8, end - esize);
      return { some: true, value: end - esize };
    }
    case "std::vec::Drain":
      return drainNext(m, t, addr, true);
    case "std::vec::IntoIter": {
      const esize = layoutOf(a[0], m.tt).size || 1;
      const p = mem.readPtr(f(m, t, addr, "ptr")), eA = f(m, t, addr, "end"), end = mem.readPtr(eA);
      if (p >= end) return NONE;
      mem.writePtr(eA, end - esize);
      return { some: true, value: m.loadValue(end - esize, a[0]) };
    }
    case "std::array::IntoIter": {
      const esize = layoutOf(a[0], m.tt).size;
      const s = num(mem.readU64(f(m, t, addr, "start"))), eA = f(m, t, addr, "end"), e = num(mem.readU64(eA));
      if (s >= e) return NONE;
      mem.writeU64(eA, e - 1);
      return { some: true, value: m.loadValue(mem.readPtr(f(m, t, addr, "buf")) + (e - 1) * esize, a[0]) };
    }
    case "std::str::Chars": {
      const p = mem.readPtr(addr), end = mem.readPtr(addr + 8);
      if (p >= end) return NONE;
      let s = end - 1;
      while (s > p && (mem.readU8(s) & 0xc0) === 0x80) s--;
      const [cp] = decodeUtf8(mem.read(s, end - s));
      mem.writePtr(addr + 8, s);
      return { some: true, value: cp };
    }
    case "std::iter::Rev":
      return yield* iterNext(m, fieldType(m, t, "iter"), f(m, t, addr, "iter"));
    case "std::iter::Map": {
      const inner = fieldType(m, t, "iter");
      const r = yield* iterNextBack(m, inner, f(m, t, addr, "iter"));
      if (!r.some) return NONE;
      const v = yield* callClosure(
        m,
        a[1],
        "FnMut",
        f(m, t, addr, "f"),
        [r.value],
        m.tt.tuple([itemType(m, inner)]),
        itemType(m, t),
      );
      return { some: true, value: v };
    }
    case "std::iter::Cloned":
    case "std::iter::Copied": {
      const r = yield* iterNextBack(m, fieldType(m, t, "it"), f(m, t, addr, "it"));
      if (!r.some) return NONE;
      return { some: true, value: yield* cloneRef(m, itemType(m, t), r.value as number) };
    }
    case "std::iter::Enumerate": {
      // Needs the inner length: count the remaining items of a slice iterator.
      const inner = fieldType(m, t, "iter");
      const len = yield* remaining(m, inner, f(m, t, addr, "iter"));
      const r = yield* iterNextBack(m, inner, f(m, t, addr, "iter"));
      if (!r.some) return NONE;
      const c = num(mem.readU64(f(m, t, addr, "count")));
      const item = m.tt.tuple([m.tt.usize, itemType(m, inner)]);
      return { some: true, value: makeTuple(m, item, [c + len - 1, r.value]) };
    }
    case "std::iter::Chain": {
      for (const side of ["b", "a"]) {
        const optTy = fieldType(m, t, side);
        const oA = f(m, t, addr, side);
        if (m.variantOf(optTy, oA) !== 1) continue;
        const pl = layoutOf(optTy, m.tt).variants[1].fields[0];
        const r = yield* iterNextBack(m, pl.ty, oA + pl.offset);
        if (r.some) return r;
        m.setVariant(optTy, oA, 0);
      }
      return NONE;
    }
  }
  throw new Unsupported(`\`DoubleEndedIterator::next_back\` for ${t.def.path}`);
}

/** Items left in an exact-size iterator (for `enumerate().rev()`). */
function* remaining(m: Machine, t: RType, addr: number): Gen<number> {
  if (t.k === "adt" && (t.def.name === "Iter" || t.def.name === "IterMut") && t.def.path.startsWith("std::slice")) {
    const esize = layoutOf(t.args[0], m.tt).size || 1;
    return (m.mem.readPtr(addr + 8) - m.mem.readPtr(addr)) / esize;
  }
  if (t.k === "adt" && t.def.name === "Range") {
    const it = t.args[0] as Extract<RType, { k: "int" }>;
    return Math.max(0, num(m.mem.readInt(f(m, t, addr, "end"), it.name)) - num(m.mem.readInt(addr, it.name)));
  }
  // Fall back to counting a copy.
  const l = layoutOf(t, m.tt);
  const copy = m.mem.alloc(l.size, l.align, "runtime", "iterator copy").base;
  m.mem.copy(copy, addr, l.size);
  let n = 0;
  for (;;) {
    const r = iterNextSync(m, t, copy) ?? (yield* iterNext(m, t, copy));
    if (!r.some) break;
    n++;
  }
  freeTemp(m, copy);
  return n;
}

/** Calls a user iterator's `next` (or `next_back`). */
function* userNext(m: Machine, t: RType, addr: number, method: "next" | "next_back"): Gen<Next> {
  const item = itemType(m, t);
  const opt = stdType(m, "std::option::Option", [item]);
  const trait = method === "next" ? "Iterator" : "DoubleEndedIterator";
  const r = (yield* callTrait(m, t, trait, method, [addr], [m.tt.ref(t, true)], opt)) as number;
  if (m.variantOf(opt, r) !== 1) {
    freeTemp(m, r);
    return NONE;
  }
  const pl = layoutOf(opt, m.tt).variants[1].fields[0];
  if (layoutOf(item, m.tt).repr === "memory") {
    // Keep the payload alive: copy it out of the Option temp.
    const tmp = copyToTemp(m, item, r + pl.offset);
    freeTemp(m, r);
    return { some: true, value: tmp };
  }
  const v = m.loadValue(r + pl.offset, pl.ty);
  freeTemp(m, r);
  return { some: true, value: v };
}

function copyToTemp(m: Machine, t: RType, src: number): number {
  const tmp = temp(m, t);
  m.mem.copy(tmp, src, layoutOf(t, m.tt).size);
  return tmp;
}

/** Builds a tuple item in a runtime temporary. */
function makeTuple(m: Machine, t: RType, vals: unknown[]): number {
  const tmp = temp(m, t);
  const l = layoutOf(t, m.tt);
  vals.forEach((v, i) => {
    const fl = l.variants[0].fields[i];
    m.storeValue(tmp + fl.offset, fl.ty, v);
    releaseItem(m, fl.ty, v);
  });
  return tmp;
}

/** Frees the temporary behind a memory-typed item once it has been copied. */
function releaseItem(m: Machine, t: RType, v: unknown): void {
  if (layoutOf(t, m.tt).repr === "memory") freeTemp(m, v);
}

/** Drops an item a consumer discards (and frees its temporary). */
function* dropItem(m: Machine, t: RType, v: unknown): Gen<void> {
  if (layoutOf(t, m.tt).repr === "memory") {
    yield* m.drops.glue(t, v as number);
    freeTemp(m, v);
  }
}

/** A reference to an item (for predicates taking `&Item`). */
function refTo(m: Machine, t: RType, v: unknown): { ref: number; release: () => void } {
  if (layoutOf(t, m.tt).repr === "memory") return { ref: v as number, release: () => {} };
  const tmp = temp(m, t);
  m.storeValue(tmp, t, v);
  return { ref: tmp, release: () => freeTemp(m, tmp) };
}

/** Clones the value behind a reference (`cloned()`/`copied()`). */
function* cloneRef(m: Machine, t: RType, p: number): Gen<unknown> {
  if (!m.needsDrop(t) && !(t.k === "adt" && t.def.user)) {
    if (layoutOf(t, m.tt).repr === "memory") return copyToTemp(m, t, p);
    return m.loadValue(p, t);
  }
  return yield* callTrait(m, t, "Clone", "clone", [p], [m.tt.ref(t)], t);
}

function decodeUtf8(b: Uint8Array): [number, number] {
  const c = b[0];
  if (c < 0x80) return [c, 1];
  if (c < 0xe0) return [((c & 0x1f) << 6) | (b[1] & 0x3f), 2];
  if (c < 0xf0) return [((c & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f), 3];
  return [((c & 0x07) << 18) | ((b[1] & 0x3f) << 12) | ((b[2] & 0x3f) << 6) | (b[3] & 0x3f), 4];
}

function* textSplitNext(m: Machine, t: Adt, addr: number): Gen<Next> {
  const rA = f(m, t, addr, "rest");
  const rest = m.mem.readFat(rA);
  const bytes = m.mem.read(rest.p, rest.m);
  const text = new TextDecoder().decode(bytes);
  const set = (start: number, len: number, advance: number) => {
    m.mem.writeFat(rA, new FatPtr(rest.p + advance, rest.m - advance));
    return { some: true, value: new FatPtr(rest.p + start, len) };
  };
  if (t.def.name === "Lines") {
    if (rest.m === 0) return NONE;
    const nl = bytes.indexOf(10);
    if (nl < 0) return set(0, rest.m, rest.m);
    const len = nl > 0 && bytes[nl - 1] === 13 ? nl - 1 : nl;
    return set(0, len, nl + 1);
  }
  if (t.def.name === "SplitWhitespace") {
    const mt = /^\s*(\S+)/u.exec(text);
    if (!mt) {
      m.mem.writeFat(rA, new FatPtr(rest.p + rest.m, 0));
      return NONE;
    }
    const start = ENC.encode(text.slice(0, mt.index + mt[0].length - mt[1].length)).length;
    const len = ENC.encode(mt[1]).length;
    return set(start, len, start + len);
  }
  // Split<P>: a char or &str pattern.
  const doneA = f(m, t, addr, "done");
  if (m.mem.readU8(doneA)) return NONE;
  const patTy = t.args[0];
  const patA = f(m, t, addr, "pat");
  const pat = patTy.k === "char" ? String.fromCodePoint(m.mem.readU32(patA)) : new TextDecoder().decode(
    (() => {
      const fp = m.mem.readFat(patA);
      return m.mem.read(fp.p, fp.m);
    })(),
  );
  const i = pat === "" ? -1 : text.indexOf(pat);
  if (i < 0) {
    m.mem.writeU8(doneA, 1);
    return set(0, rest.m, rest.m);
  }
  const start = ENC.encode(text.slice(0, i)).length;
  return set(0, start, start + ENC.encode(pat).length);
}

// --- shims ---------------------------------------------------------------------------------------------

/** The iterator type a method is called on (self by value, `&mut self` or `&self`). */
function selfIter(s: ShimSite): RType {
  const t = s.self ?? s.argTys[0];
  return t;
}

function selfAddr(s: ShimSite, v: unknown): number {
  void s;
  return v as number;
}

/** `<I as Iterator>::next` for std iterators (user ones resolve to their impl before this). */
register(["<* as Iterator>::next", "<* as DoubleEndedIterator>::next_back"], (s, mm) => {
  const m = mm as Machine;
  const t = selfIter(s);
  if (t.k === "adt" && t.def.user) return undefined;
  const back = s.path.endsWith("next_back");
  const opt = s.retTy;
  if (opt.k !== "adt" || opt.def.path !== "std::option::Option") {
    throw new InvalidMir(`\`${s.path}\` returns an Option, not ${showType(opt)}`);
  }
  const pl = layoutOf(opt, m.tt).variants[1].fields[0];
  const itemMem = layoutOf(pl.ty, m.tt).repr === "memory";
  // Fast paths that never call MIR.
  if (!back && t.k === "adt" && t.def.path === "std::ops::Range" && t.args[0].k === "int") {
    const it = t.args[0];
    const endOff = fieldOffset(m, t, "end");
    return {
      mode: "dst",
      fn: (m2: Machine, _f: unknown, dst: number, self: number) => {
        const mem = m2.mem;
        const s0 = mem.readInt(self, it.name), e = mem.readInt(self + endOff, it.name);
        if (s0 < e) {
          mem.writeInt(self, it.name, I.add(it.name, s0, 1));
          mem.writeInt(dst + pl.offset, it.name, s0);
          m2.setVariant(opt, dst, 1);
        } else m2.setVariant(opt, dst, 0);
      },
    };
  }
  // `slice::Iter::next` (`Option<&T>`) without a generator: the loop `for x in v.iter()` calls it
  // once per element.
  if (
    !back && t.k === "adt" && (t.def.path === "std::slice::Iter" || t.def.path === "std::slice::IterMut") &&
    layoutOf(t.args[0], m.tt).size > 0
  ) {
    const esize = layoutOf(t.args[0], m.tt).size;
    const mem = layoutOf(opt, m.tt).repr === "memory";
    const next = (m2: Machine, self: number): number => {
      const p = m2.mem.readPtr(self), end = m2.mem.readPtr(self + 8);
      if (p >= end) return 0;
      m2.mem.writePtr(self, p + esize);
      return p;
    };
    if (!mem) return { mode: "value", fn: (m2: Machine, _f: unknown, self: number) => next(m2, self) };
    return {
      mode: "dst",
      fn: (m2: Machine, _f: unknown, dst: number, self: number) => {
        const p = next(m2, self);
        if (p === 0) m2.setVariant(opt, dst, 0);
        else {
          m2.mem.writePtr(dst + pl.offset, p);
          m2.setVariant(opt, dst, 1);
        }
      },
    };
  }
  const b: BoundShim = {
    mode: "cont",
    fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, dst: number, self: number) => {
      return m2.runGen(
        fr,
        "next",
        (function* () {
          const r = back ? yield* iterNextBack(m2, t, selfAddr(s, self)) : yield* iterNext(m2, t, selfAddr(s, self));
          if (r.some) {
            m2.storeValue(dst + pl.offset, pl.ty, r.value);
            if (itemMem) freeTemp(m2, r.value);
          }
          m2.setVariant(opt, dst, r.some ? 1 : 0);
        })(),
        k,
      );
    },
  };
  return b;
});

/** `into_iter()` of something already an iterator, of references to collections, and of ranges. */
register([
  "<* as IntoIterator>::into_iter",
  "<& as IntoIterator>::into_iter",
  "<Range as IntoIterator>::into_iter",
  "<RangeInclusive as IntoIterator>::into_iter",
], (s, mm) => {
  const m = mm as Machine;
  const t = s.argTys[0];
  const l = layoutOf(s.retTy, m.tt);
  if (t.k === "ref") {
    const to = t.to;
    if (to.k === "slice" || to.k === "array" || (to.k === "adt" && to.def.name === "Vec")) {
      const elem = to.k === "adt" ? to.args[0] : to.elem;
      const esize = layoutOf(elem, m.tt).size;
      return {
        mode: "dst",
        fn: (m2: Machine, _f: unknown, dst: number, v: unknown) => {
          let p: number, n: number;
          if (to.k === "slice") [p, n] = [(v as FatPtr).p, (v as FatPtr).m];
          else if (to.k === "array") [p, n] = [v as number, to.len];
          else {
            const vv = vecView(m2, to);
            [p, n] = [vv.ptr(v as number), vv.len(v as number)];
          }
          m2.mem.writePtr(dst, p);
          m2.mem.writePtr(dst + 8, esize ? p + n * esize : p + n);
        },
      };
    }
    if (to.k === "adt" && to.def.name === "Receiver") {
      return { mode: "dst", fn: (m2: Machine, _f: unknown, dst: number, v: number) => m2.mem.writePtr(dst, v) };
    }
  }
  // Iterators are their own IntoIterator.
  if (l.repr === "memory") {
    return {
      mode: "dst",
      fn: (m2: Machine, _f: unknown, dst: number, v: number) => m2.mem.copy(dst, v, l.size),
    };
  }
  return { mode: "value", fn: (_m: Machine, _f: unknown, v: unknown) => v };
});

/** Adapter constructors: write the adapter struct from the iterator and its extra arguments. */
const ADAPTERS: Record<string, (s: ShimSite) => string[]> = {
  map: () => ["iter", "f"],
  filter: () => ["iter", "predicate"],
  filter_map: () => ["iter", "f"],
  enumerate: () => ["iter"],
  rev: () => ["iter"],
  skip: () => ["iter", "n"],
  take: () => ["iter", "n"],
  zip: () => ["a", "b"],
  cloned: () => ["it"],
  copied: () => ["it"],
  inspect: () => ["iter", "f"],
  take_while: () => ["iter", "predicate"],
  skip_while: () => ["iter", "predicate"],
};
for (const [name, fields] of Object.entries(ADAPTERS)) {
  register(`<* as Iterator>::${name}`, (s, mm) => {
    const m = mm as Machine;
    const t = s.retTy;
    if (t.k !== "adt") return undefined;
    const names = fields(s);
    const offs = names.map((n) => fieldOffset(m, t, n));
    const tys = names.map((n) => fieldType(m, t, n));
    return {
      mode: "dst",
      fn: (m2: Machine, fr: unknown, dst: number, ...args: unknown[]) => {
        names.forEach((n, i) => {
          let v = args[i];
          if (n === "b" && name === "zip") v = args[1];
          m2.storeValue(dst + offs[i], tys[i], v);
        });
        if (name === "enumerate") m2.mem.writeU64(dst + fieldOffset(m2, t, "count"), 0);
        if (name === "take_while" || name === "skip_while") m2.mem.writeU8(dst + fieldOffset(m2, t, "flag"), 0);
        void fr;
      },
    };
  });
}
register("<* as Iterator>::zip", (s, mm) => {
  const m = mm as Machine;
  const t = s.retTy as Adt;
  const bTy = fieldType(m, t, "b");
  const argB = s.argTys[1];
  const needsIntoIter = argB.key !== bTy.key;
  return {
    mode: "cont",
    fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, dst: number, a: unknown, b: unknown) => {
      m2.storeValue(dst + fieldOffset(m2, t, "a"), fieldType(m2, t, "a"), a);
      if (!needsIntoIter) {
        m2.storeValue(dst + fieldOffset(m2, t, "b"), bTy, b);
        return undefined;
      }
      return m2.runGen(
        fr,
        "zip",
        (function* () {
          const it = yield* callTrait(m2, argB, "IntoIterator", "into_iter", [b], [argB], bTy);
          m2.storeValue(dst + fieldOffset(m2, t, "b"), bTy, it);
          if (layoutOf(bTy, m2.tt).repr === "memory") freeTemp(m2, it);
        })(),
        k,
      );
    },
  };
});
register("<* as Iterator>::chain", (s, mm) => {
  const m = mm as Machine;
  const t = s.retTy as Adt;
  const aOpt = fieldType(m, t, "a"), bOpt = fieldType(m, t, "b");
  const bTy = (bOpt as Adt).args[0];
  const argB = s.argTys[1];
  const needsIntoIter = argB.key !== bTy.key;
  return {
    mode: "cont",
    fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, dst: number, a: unknown, b: unknown) => {
      writeOption(m2, aOpt, dst + fieldOffset(m2, t, "a"), a, true);
      if (!needsIntoIter) {
        writeOption(m2, bOpt, dst + fieldOffset(m2, t, "b"), b, true);
        return undefined;
      }
      return m2.runGen(
        fr,
        "chain",
        (function* () {
          const it = yield* callTrait(m2, argB, "IntoIterator", "into_iter", [b], [argB], bTy);
          writeOption(m2, bOpt, dst + fieldOffset(m2, t, "b"), it, true);
          if (layoutOf(bTy, m2.tt).repr === "memory") freeTemp(m2, it);
        })(),
        k,
      );
    },
  };
});
register("<* as Iterator>::step_by", (s, mm) => {
  const m = mm as Machine;
  const t = s.retTy;
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, it: unknown, step: unknown) => {
      const n = num(step);
      if (n === 0) m2.panic("assertion failed: step != 0", s.span);
      m2.storeValue(dst + fieldOffset(m2, t, "iter"), fieldType(m2, t, "iter"), it);
      m2.mem.writeU64(dst + fieldOffset(m2, t, "step_minus_one"), n - 1);
      m2.mem.writeU8(dst + fieldOffset(m2, t, "first_take"), 1);
      void m;
    },
  };
});
register("<* as Iterator>::cycle", (s, mm) => {
  const m = mm as Machine;
  const t = s.retTy;
  const inner = fieldType(m, t, "iter");
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, it: unknown) => {
      m2.storeValue(dst + fieldOffset(m2, t, "orig"), inner, it);
      m2.storeValue(dst + fieldOffset(m2, t, "iter"), inner, it);
    },
  };
});
register("<* as Iterator>::by_ref", (s, mm) => {
  void s;
  void mm;
  return { mode: "value", fn: (_m: Machine, _f: unknown, v: unknown) => v };
});

/** Consuming methods, driven by `iterNext`. */
function consumer(
  names: string[],
  make: (
    s: ShimSite,
    m: Machine,
    t: RType,
    item: RType,
  ) => (m: Machine, it: number, args: unknown[], dst: number | undefined) => Gen<unknown>,
) {
  register(names.map((n) => `<* as Iterator>::${n}`), (s, mm) => {
    const m = mm as Machine;
    const t = selfIter(s);
    const isRef = t.k === "ref";
    const iterTy = isRef ? (t as Extract<RType, { k: "ref" }>).to : t;
    const item = itemType(m, iterTy);
    const body = make(s, m, iterTy, item);
    const mem = layoutOf(s.retTy, m.tt).repr === "memory";
    const fn = (
      m2: Machine,
      fr: AnyFrame,
      k: (v: unknown) => void,
      dst: number | undefined,
      self: unknown,
      args: unknown[],
    ) => {
      const addr = self as number;
      // A consumer taking the iterator by value owns it: drop it when done (a `vec::Drain`
      // closes its gap then, a `vec::IntoIter` frees its buffer).
      const gen = isRef || !m2.needsDrop(iterTy) ? body(m2, addr, args, dst) : (function* () {
        const r = yield* body(m2, addr, args, dst);
        yield* m2.drops.glue(iterTy, addr);
        return r;
      })();
      return m2.runGen(fr, s.path, gen, k);
    };
    return mem
      ? {
        mode: "cont",
        fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, dst: number, self: unknown, ...a: unknown[]) =>
          fn(m2, fr, k, dst, self, a),
      }
      : {
        mode: "cont",
        fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, self: unknown, ...a: unknown[]) =>
          fn(m2, fr, k, undefined, self, a),
      };
  });
}

consumer(["count"], (_s, _m, t, item) =>
  function* (m, it) {
    let n = 0;
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return n;
      yield* dropItem(m, item, r.value);
      n++;
    }
  });
consumer(["last"], (s, _m, t, item) =>
  function* (m, it, _a, dst) {
    let last: Next = NONE;
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) break;
      if (last.some) yield* dropItem(m, item, last.value);
      last = r;
    }
    writeOption(m, s.retTy, dst!, last.value, last.some);
    if (last.some) releaseItem(m, item, last.value);
  });
consumer(["nth"], (s, _m, t, item) =>
  function* (m, it, [n], dst) {
    let k = num(n);
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some || k === 0) {
        writeOption(m, s.retTy, dst!, r.value, r.some);
        if (r.some) releaseItem(m, item, r.value);
        return;
      }
      yield* dropItem(m, item, r.value);
      k--;
    }
  });
consumer(["sum", "product"], (s, _m, t, item) => {
  const out = s.retTy;
  const isSum = s.path.endsWith("sum");
  return function* (m, it) {
    const elem = item.k === "ref" ? item.to : item;
    let acc: I.Int | number = isSum ? 0 : 1;
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return acc;
      const v = item.k === "ref" ? m.loadValue(r.value as number, elem) : r.value;
      if (out.k === "float") acc = isSum ? (acc as number) + (v as number) : (acc as number) * (v as number);
      else if (out.k === "int") {
        const [x, o] = I.withOverflow(out.name, isSum ? "+" : "*", acc as I.Int, v as I.Int);
        if (o) m.panic(`attempt to ${isSum ? "add" : "multiply"} with overflow`, undefined);
        acc = x;
      } else throw new Unsupported(`summing items of type ${out.key}`);
      if (out.k === "float" && out.bits === 32) acc = Math.fround(acc as number);
    }
  };
});
consumer(["fold", "try_fold"], (s, _m, t, item) => {
  const accTy = s.typeArgs[0] ?? s.retTy;
  const closureTy = s.argTys[2];
  return function* (m, it, [init, closure], dst) {
    let acc = init;
    if (layoutOf(accTy, m.tt).repr === "memory") acc = copyToTemp(m, accTy, init as number);
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) break;
      const next = yield* callClosure(
        m,
        closureTy,
        "FnMut",
        closureRefOf(closure),
        [acc, r.value],
        m.tt.tuple([accTy, item]),
        accTy,
      );
      releaseItem(m, item, r.value);
      if (layoutOf(accTy, m.tt).repr === "memory") freeTemp(m, acc);
      acc = next;
    }
    if (dst !== undefined) {
      m.storeValue(dst, accTy, acc);
      releaseItem(m, accTy, acc);
      return;
    }
    return acc;
  };
});

/** A closure value as the `&mut self` of `FnMut::call_mut`: its address (or a dangling one if ZST). */
function closureRefOf(v: unknown): number {
  return typeof v === "number" ? v : 1;
}

consumer(["for_each"], (s, _m, t, item) => {
  const closureTy = s.argTys[1];
  return function* (m, it, [closure]) {
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return;
      yield* callClosure(m, closureTy, "FnMut", closureRefOf(closure), [r.value], m.tt.tuple([item]), m.tt.unit);
      releaseItem(m, item, r.value);
    }
  };
});
consumer(["any", "all"], (s, _m, t, item) => {
  const closureTy = s.argTys[1];
  const isAny = s.path.endsWith("any");
  return function* (m, it, [closure]) {
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return isAny ? 0 : 1;
      const b = yield* callClosure(
        m,
        closureTy,
        "FnMut",
        closureRefOf(closure),
        [r.value],
        m.tt.tuple([item]),
        m.tt.bool,
      );
      releaseItem(m, item, r.value);
      if ((b === 1) === isAny) return isAny ? 1 : 0;
    }
  };
});
consumer(["position"], (s, _m, t, item) => {
  const closureTy = s.argTys[1];
  return function* (m, it, [closure], dst) {
    let i = 0;
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return writeOption(m, s.retTy, dst!, undefined, false);
      const b = yield* callClosure(
        m,
        closureTy,
        "FnMut",
        closureRefOf(closure),
        [r.value],
        m.tt.tuple([item]),
        m.tt.bool,
      );
      releaseItem(m, item, r.value);
      if (b === 1) return writeOption(m, s.retTy, dst!, i, true);
      i++;
    }
  };
});
consumer(["find", "find_map"], (s, _m, t, item) => {
  const closureTy = s.argTys[1];
  const isMap = s.path.endsWith("find_map");
  return function* (m, it, [closure], dst) {
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return writeOption(m, s.retTy, dst!, undefined, false);
      if (isMap) {
        const o = yield* callClosure(
          m,
          closureTy,
          "FnMut",
          closureRefOf(closure),
          [r.value],
          m.tt.tuple([item]),
          s.retTy,
        );
        if (m.variantOf(s.retTy, o as number) === 1) {
          m.mem.copy(dst!, o as number, layoutOf(s.retTy, m.tt).size);
          freeTemp(m, o);
          return;
        }
        freeTemp(m, o);
        continue;
      }
      const ref = refTo(m, item, r.value);
      const b = yield* callClosure(
        m,
        closureTy,
        "FnMut",
        closureRefOf(closure),
        [ref.ref],
        m.tt.tuple([m.tt.ref(item)]),
        m.tt.bool,
      );
      ref.release();
      if (b === 1) {
        writeOption(m, s.retTy, dst!, r.value, true);
        releaseItem(m, item, r.value);
        return;
      }
      yield* dropItem(m, item, r.value);
    }
  };
});
consumer(["max", "min", "max_by_key", "min_by_key", "max_by", "min_by", "reduce"], (s, _m, t, item) => {
  const name = s.path.split("::").pop()!;
  const isMax = name.startsWith("max");
  const closureTy = s.argTys[1];
  const keyTy = name.endsWith("_by_key") ? s.typeArgs[0] : undefined;
  const ord = () => stdType(_m, "std::cmp::Ordering");
  return function* (m, it, [closure], dst) {
    let best: Next = NONE;
    let bestKey: unknown;
    const key = function* (v: unknown) {
      if (!keyTy) return v;
      const ref = refTo(m, item, v);
      const k = yield* callClosure(
        m,
        closureTy,
        "FnMut",
        closureRefOf(closure),
        [ref.ref],
        m.tt.tuple([m.tt.ref(item)]),
        keyTy,
      );
      ref.release();
      return k;
    };
    const cmp = function* (a: unknown, b: unknown, ty: RType): Gen<number> {
      const scalarTy = ty.k === "ref" ? ty.to : ty;
      if (scalarTy.k === "int" || scalarTy.k === "char" || scalarTy.k === "float" || scalarTy.k === "bool") {
        const x = ty.k === "ref" ? m.loadValue(a as number, scalarTy) : a,
          y = ty.k === "ref" ? m.loadValue(b as number, scalarTy) : b;
        return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
      }
      const ra = refTo(m, ty, a), rb = refTo(m, ty, b);
      let r: unknown;
      if (name === "max_by" || name === "min_by") {
        r = yield* callClosure(
          m,
          closureTy,
          "FnMut",
          closureRefOf(closure),
          [ra.ref, rb.ref],
          m.tt.tuple([m.tt.ref(ty), m.tt.ref(ty)]),
          ord(),
        );
      } else r = yield* callTrait(m, ty, "Ord", "cmp", [ra.ref, rb.ref], [m.tt.ref(ty), m.tt.ref(ty)], ord());
      const v = m.variantOf(ord(), r as number) - 1;
      freeTemp(m, r);
      ra.release();
      rb.release();
      return v;
    };
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) break;
      if (!best.some) {
        best = r;
        bestKey = yield* key(r.value);
        continue;
      }
      if (name === "reduce") {
        const nv = yield* callClosure(
          m,
          closureTy,
          "FnMut",
          closureRefOf(closure),
          [best.value, r.value],
          m.tt.tuple([item, item]),
          item,
        );
        best = { some: true, value: nv };
        continue;
      }
      const k = yield* key(r.value);
      const c = yield* cmp(k, bestKey, keyTy ?? item);
      // max keeps the last maximum, min keeps the first minimum (as std).
      if (isMax ? c >= 0 : c < 0) {
        yield* dropItem(m, item, best.value);
        best = r;
        bestKey = k;
      } else yield* dropItem(m, item, r.value);
    }
    writeOption(m, s.retTy, dst!, best.value, best.some);
    if (best.some) releaseItem(m, item, best.value);
  };
});

/** `collect()`: into Vec, String, or anything with a `FromIterator` we model. */
consumer(["collect"], (s, _m, t, item) => {
  const target = s.typeArgs[0] ?? s.retTy;
  return function* (m, it, _a, dst) {
    yield* collectInto(m, target, t, it, item, dst!);
  };
});

/** Fills `dst` (of type `target`) from the iterator at `it`. */
export function* collectInto(m: Machine, target: RType, t: RType, it: number, item: RType, dst: number): Gen<void> {
  if (target.k === "adt" && target.def.name === "Vec") {
    const vv = vecView(m, target);
    vv.init(dst);
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return;
      vv.reserve(dst, 1);
      const len = vv.len(dst);
      m.storeValue(vv.ptr(dst) + len * vv.esize, vv.elem, r.value);
      releaseItem(m, item, r.value);
      vv.setLen(dst, len + 1);
    }
  }
  if (target.k === "adt" && target.def.name === "String") {
    newString(m, dst, new Uint8Array(0));
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) return;
      if (item.k === "char") pushBytes(m, dst, ENC.encode(String.fromCodePoint(r.value as number)));
      else if (item.k === "ref" && item.to.k === "str") {
        const fp = r.value as FatPtr;
        pushBytes(m, dst, m.mem.read(fp.p, fp.m));
      } else if (item.k === "adt" && item.def.name === "String") {
        const fp = stringStr(m, r.value as number);
        pushBytes(m, dst, m.mem.read(fp.p, fp.m));
        yield* dropItem(m, item, r.value);
      } else throw new Unsupported(`collecting items of type ${item.key} into a String`);
    }
  }
  if (target.k === "adt" && target.def.name === "Result") {
    // Result<C, E>: stop at the first Err.
    const okTy = target.args[0];
    const l = layoutOf(target, m.tt);
    const okOff = l.variants[0].fields[0].offset;
    const buf: unknown[] = [];
    for (;;) {
      const r = iterNextSync(m, t, it) ?? (iterNextSync(m, t, it) ?? (yield* iterNext(m, t, it)));
      if (!r.some) break;
      const v = m.variantOf(item, r.value as number);
      if (v === 1) {
        const pl = layoutOf(item, m.tt).variants[1].fields[0];
        const errF = l.variants[1].fields[0];
        m.storeValue(dst + errF.offset, errF.ty, m.loadValue((r.value as number) + pl.offset, pl.ty));
        m.setVariant(target, dst, 1);
        return;
      }
      const pl = layoutOf(item, m.tt).variants[0].fields[0];
      buf.push(copyToTemp(m, pl.ty, (r.value as number) + pl.offset));
      freeTemp(m, r.value);
    }
    if (okTy.k === "adt" && okTy.def.name === "Vec") {
      const vv = vecView(m, okTy);
      const v = dst + okOff;
      vv.init(v, buf.length);
      buf.forEach((b, i) => {
        m.mem.copy(vv.ptr(v) + i * vv.esize, b as number, vv.esize);
        freeTemp(m, b);
      });
      vv.setLen(v, buf.length);
      m.setVariant(target, dst, 0);
      return;
    }
    throw new Unsupported(`collecting into ${target.key}`);
  }
  throw new Unsupported(`collecting an iterator into ${target.key}`);
}

/** `Vec::extend(iter)` and `String::extend(iter)`. */
register(["<Vec as Extend>::extend", "<String as Extend>::extend"], (s, mm) => {
  const m = mm as Machine;
  const self = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  const src = s.argTys[1];
  const iterTy = s.typeArgs[0] ?? src;
  return {
    mode: "cont",
    fn: (m2: Machine, fr: AnyFrame, k: (v: unknown) => void, v: number, x: unknown) => {
      return m2.runGen(
        fr,
        "extend",
        (function* () {
          // Turn the argument into an iterator first.
          const itTy = intoIterType(m2, src);
          const it = yield* callTrait(m2, src, "IntoIterator", "into_iter", [x], [src], itTy);
          const itAddr = layoutOf(itTy, m2.tt).repr === "memory" ? it as number : copyToTemp(m2, itTy, it as number);
          const item = itemType(m2, itTy);
          if (self.k === "adt" && self.def.name === "Vec") {
            const vv = vecView(m2, self);
            for (;;) {
              const r = yield* iterNext(m2, itTy, itAddr);
              if (!r.some) break;
              vv.reserve(v, 1);
              const len = vv.len(v);
              m2.storeValue(vv.ptr(v) + len * vv.esize, vv.elem, r.value);
              releaseItem(m2, item, r.value);
              vv.setLen(v, len + 1);
            }
          } else {
            for (;;) {
              const r = yield* iterNext(m2, itTy, itAddr);
              if (!r.some) break;
              if (item.k === "char") pushBytes(m2, v, ENC.encode(String.fromCodePoint(r.value as number)));
              else {
                const fp = r.value as FatPtr;
                pushBytes(m2, v, m2.mem.read(fp.p, fp.m));
              }
            }
          }
          yield* m2.drops.glue(itTy, itAddr);
          void iterTy;
          void m;
        })(),
        k,
      );
    },
  };
});

/** The iterator type `IntoIterator::into_iter` gives for `t`. */
export function intoIterType(m: Machine, t: RType): RType {
  if (t.k === "adt" && t.def.name === "Vec") return stdType(m, "std::vec::IntoIter", [t.args[0]]);
  if (t.k === "ref" && (t.to.k === "slice" || t.to.k === "array")) return stdType(m, "std::slice::Iter", [t.to.elem]);
  if (t.k === "ref" && t.to.k === "adt" && t.to.def.name === "Vec") {
    return stdType(m, "std::slice::Iter", [t.to.args[0]]);
  }
  if (t.k === "array") return stdType(m, "std::array::IntoIter", [t.elem, m.tt.constVal(BigInt(t.len))]);
  return t;
}

// `RangeInclusive::new(a, b)` (what `a..=b` lowers to) and its accessors.
register(["RangeInclusive::new", "std::ops::RangeInclusive::new"], (s) => {
  const t = s.retTy;
  return {
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, a: unknown, b: unknown) => {
      const it = (t as Extract<RType, { k: "adt" }>).args[0];
      m.storeValue(f(m, t, dst, "start"), it, a);
      m.storeValue(f(m, t, dst, "end"), it, b);
      m.mem.writeU8(f(m, t, dst, "exhausted"), 0);
    },
  };
});
register(["RangeInclusive::start", "RangeInclusive::end"], (s) => {
  const rt = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  const which = s.path.endsWith("start") ? "start" : "end";
  return { mode: "value", fn: (m: Machine, _f: unknown, r: number) => f(m, rt, r, which) };
});

/** The program's argv: a fixed argv[0] (`main`; a native run's would be its binary path) and `--` args. */
function argv(m: Machine): string[] {
  return ["main", ...(m.opts.args ?? [])];
}

register(["std::env::args"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => {
    const t = s.retTy;
    m.mem.writeU64(f(m, t, dst, "pos"), 0);
    m.mem.writeU64(f(m, t, dst, "end"), argv(m).length);
  },
}));
