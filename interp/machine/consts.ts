/**
 * Constants: literals become JS expressions; strings, byte strings, allocations printed in the
 * MIR file and aggregate constants become static memory; promoted constants and `const` items
 * are evaluated once (per generic instance) by running their MIR bodies.
 */

import { InternalError, InvalidMir, Unsupported } from "../errors.ts";
import type { ConstValue, Path } from "../mir/ast.ts";
import { printConst, printPath } from "../mir/printer.ts";
import { jsInt } from "./codegen.ts";
import type { NativeRequest } from "./frames.ts";
import type { Instance } from "./instance.ts";
import { layoutOf } from "./layout.ts";
import type { Machine } from "./machine.ts";
import { FatPtr } from "./memory.ts";
import * as I from "./ints.ts";
import { unify } from "./program.ts";
import { type IntName, isIntName, type RType } from "./types.ts";

/** Per-machine constant storage. */
class ConstPool {
  strings = new Map<string, FatPtr>();
  bytes = new Map<string, number>();
  allocs = new Map<number, number>();
  evaluated = new Map<string, { value: unknown; ty: RType }>();
  constructor(readonly m: Machine) {}
}

function pool(m: Machine): ConstPool {
  let p = m.ext.get("consts") as ConstPool | undefined;
  if (!p) {
    p = new ConstPool(m);
    m.ext.set("consts", p);
  }
  return p;
}

const ENC = new TextEncoder();

/** Static memory holding `bytes` (deduplicated). */
export function staticBytes(m: Machine, bytes: Uint8Array, label: string): number {
  const p = pool(m);
  const key = Array.from(bytes).join(",");
  let a = p.bytes.get(key);
  if (a === undefined) {
    const al = m.mem.alloc(bytes.length, 1, "const", label);
    al.bytes.set(bytes);
    a = al.base;
    p.bytes.set(key, a);
  }
  return a;
}

/** A `&'static str` fat pointer for `s`. */
export function staticStr(m: Machine, s: string): FatPtr {
  const p = pool(m);
  let v = p.strings.get(s);
  if (!v) {
    const b = ENC.encode(s);
    v = new FatPtr(staticBytes(m, b, "a string literal"), b.length);
    p.strings.set(s, v);
  }
  return v;
}

/** The address of MIR allocation `allocN`, materialised on first use. */
export function allocAddress(m: Machine, id: number): number {
  const p = pool(m);
  const known = p.allocs.get(id);
  if (known !== undefined) return known;
  const item = m.prog.allocs.get(id);
  if (!item) throw new InternalError(`allocation alloc${id} is not in the MIR file`);
  const kind = item.what.k === "static" ? "static" : "const";
  const label = item.what.k === "static" ? `static \`${printPath(item.what.name)}\`` : `constant alloc${id}`;
  const a = m.mem.alloc(Math.max(item.size, 0), item.align, kind, label);
  p.allocs.set(id, a.base);
  for (let i = 0; i < item.bytes.length; i++) if (item.bytes[i] >= 0) a.bytes[i] = item.bytes[i];
  for (const ptr of item.pointers) m.mem.writePtr(a.base + ptr.offset, allocAddress(m, ptr.alloc) + ptr.addend);
  return a.base;
}

/** Compiles a constant operand in `inst`: a JS expression, or a value for the constant table. */
export function constValue(
  m: Machine,
  c: ConstValue,
  inst: Instance,
  fnItem: boolean,
): { code?: string; value?: unknown; ty: RType } {
  const tt = m.tt;
  const env = { params: inst.env };
  switch (c.k) {
    case "int": {
      const ty = tt.int(c.ty as IntName);
      const info = I.intInfo(c.ty as IntName);
      if (c.value < info.min || c.value > info.max) {
        throw new InvalidMir(`the literal ${c.value}_${c.ty} does not fit ${c.ty}`);
      }
      return { code: jsInt(c.value), ty };
    }
    case "bool":
      return { code: c.value ? "1" : "0", ty: tt.bool };
    case "char":
      return { code: String(c.value), ty: tt.char };
    case "float": {
      const v = c.text === "NaN" ? NaN : c.text === "inf" ? Infinity : c.text === "-inf" ? -Infinity : Number(c.text);
      const bits = c.ty === "f32" ? 32 : 64;
      const x = bits === 32 ? Math.fround(v) : v;
      return {
        code: Number.isNaN(x)
          ? "NaN"
          : x === Infinity
          ? "Infinity"
          : x === -Infinity
          ? "-Infinity"
          : Object.is(x, -0)
          ? "-0"
          : String(x),
        ty: bits === 32 ? tt.f32 : tt.f64,
      };
    }
    case "unit":
      return { code: "undefined", ty: tt.unit };
    case "str":
      return { value: staticStr(m, c.value), ty: tt.ref(tt.str) };
    case "bytes": {
      const addr = staticBytes(m, c.value, "a byte string literal");
      const arr = tt.array(tt.u8, c.value.length);
      return c.deref ? { code: String(addr), ty: arr } : { code: String(addr), ty: tt.ref(arr) };
    }
    case "staticRef": {
      // The static's own allocation (printed as `allocN (static: NAME …)`).
      for (const [id, item] of m.prog.allocs) {
        if (item.what.k !== "static") continue;
        const name = printPath(item.what.name);
        if (name === c.name || name.endsWith(`::${c.name}`)) {
          const body = m.prog.bodies.get(c.name);
          const pointee = body ? m.prog.resolve(body.ret, env) : tt.u8;
          return { code: String(allocAddress(m, id)), ty: tt.ref(pointee) };
        }
      }
      throw new Unsupported(`a reference to the static \`${c.name}\` whose allocation is not in the MIR file`);
    }
    case "alloc": {
      const ty = m.prog.resolve(c.ty, env);
      const addr = allocAddress(m, c.id);
      if (layoutOf(ty, tt).repr === "pair") {
        const item = m.prog.allocs.get(c.id)!;
        const pointee = (ty as Extract<RType, { k: "ref" | "ptr" }>).to;
        const elemSize = pointee.k === "slice" ? layoutOf(pointee.elem, tt).size : 1;
        return { value: new FatPtr(addr, elemSize ? item.size / elemSize : 0), ty };
      }
      return { code: String(addr), ty };
    }
    case "zst":
      return { code: "undefined", ty: m.prog.resolve(c.ty, env) };
    case "intPtr":
      return { code: String(Number(c.bits)), ty: m.prog.resolve(c.ty, env) };
    case "transmute": {
      const ty = m.prog.resolve(c.ty, env);
      const l = layoutOf(ty, tt);
      const a = m.mem.alloc(l.size, l.align, "const", "a transmuted constant");
      let bits = c.bits;
      for (let i = 0; i < l.size; i++) {
        a.bytes[i] = Number(bits & 0xffn);
        bits >>= 8n;
      }
      return literal(m, m.loadValue(a.base, ty), ty);
    }
    case "path":
      return pathConst(m, c.path, inst, fnItem);
    case "tuple":
    case "array":
    case "adt": {
      const ty = aggregateType(m, c, inst);
      const l = layoutOf(ty, tt);
      const a = m.mem.alloc(l.size, l.align, "const", `constant ${printConst(c)}`);
      writeConst(m, a.base, ty, c, inst);
      return { code: String(a.base), ty };
    }
    case "cast":
      throw new Unsupported(`the constant cast ${printConst(c)}`);
  }
}

/** A value as a compiled constant (numbers inline, everything else through the table). */
function literal(m: Machine, v: unknown, ty: RType): { code?: string; value?: unknown; ty: RType } {
  if (typeof v === "number") return { code: Object.is(v, -0) ? "-0" : String(v), ty };
  if (typeof v === "bigint") return { code: `${v}n`, ty };
  if (v === undefined) return { code: "undefined", ty };
  void m;
  return { value: v, ty };
}

/** The type of an aggregate constant. */
function aggregateType(m: Machine, c: ConstValue, inst: Instance): RType {
  const tt = m.tt;
  switch (c.k) {
    case "tuple":
      return tt.tuple(c.elems.map((e) => constType(m, e, inst)));
    case "array":
      return tt.array(c.elems.length ? constType(m, c.elems[0], inst) : tt.unit, c.elems.length);
    case "adt":
      return adtTypeOfPath(m, c.path, inst);
    default:
      return constType(m, c, inst);
  }
}

function constType(m: Machine, c: ConstValue, inst: Instance): RType {
  if (c.k === "tuple" || c.k === "array" || c.k === "adt") return aggregateType(m, c, inst);
  return constValue(m, c, inst, false).ty;
}

/** The ADT a variant or struct path belongs to (`Option::<u8>::None` → `Option<u8>`). */
function adtTypeOfPath(m: Machine, path: Path, inst: Instance): RType {
  const env = { params: inst.env };
  const segs = path.segs;
  for (const n of [segs.length, segs.length - 1]) {
    if (n <= 0) continue;
    try {
      const t = m.prog.resolve({ k: "adt", path: { k: "path", segs: segs.slice(0, n) } }, env);
      if (t.k === "adt" && (n === segs.length || t.def.kind === "enum")) return t;
    } catch {
      // try the shorter prefix
    }
  }
  throw new Unsupported(`the constant \`${printPath(path)}\``);
}

/** Writes constant `c` of type `ty` at `addr`. */
function writeConst(m: Machine, addr: number, ty: RType, c: ConstValue, inst: Instance): void {
  const tt = m.tt;
  const l = layoutOf(ty, tt);
  switch (c.k) {
    case "tuple":
      c.elems.forEach((e, i) => {
        const f = l.variants[0].fields[i];
        writeConst(m, addr + f.offset, f.ty, e, inst);
      });
      return;
    case "array": {
      const elem = (ty as Extract<RType, { k: "array" }>).elem;
      const size = layoutOf(elem, tt).size;
      c.elems.forEach((e, i) => writeConst(m, addr + i * size, elem, e, inst));
      return;
    }
    case "adt":
    case "path": {
      if (ty.k === "adt") {
        const path = c.path;
        const last = path.segs[path.segs.length - 1];
        const vname = last.k === "ident" ? last.name : "";
        let variant = 0;
        if (ty.def.kind === "enum") {
          variant = ty.def.variants.findIndex((v) => v.name === vname);
          if (variant < 0) throw new Unsupported(`the constant \`${printConst(c)}\``);
        }
        const fields = c.k === "adt" ? c.fields ?? [] : [];
        const names = c.k === "adt" ? c.names : undefined;
        fields.forEach((fc, i) => {
          const fi = names ? ty.def.variants[variant].fields.findIndex((f) => f.name === names[i]) : i;
          const f = l.variants[variant].fields[fi];
          writeConst(m, addr + f.offset, f.ty, fc, inst);
        });
        m.setVariant(ty, addr, variant);
        return;
      }
      const v = constValue(m, c, inst, false);
      m.storeValue(addr, ty, v.code !== undefined ? evalCode(v.code) : v.value);
      return;
    }
    default: {
      const v = constValue(m, c, inst, false);
      m.storeValue(addr, ty, v.code !== undefined ? evalCode(v.code) : v.value);
    }
  }
}

function evalCode(code: string): unknown {
  if (code === "undefined") return undefined;
  if (code.endsWith("n")) return BigInt(code.slice(0, -1));
  if (code === "NaN") return NaN;
  if (code === "Infinity") return Infinity;
  if (code === "-Infinity") return -Infinity;
  return Number(code);
}

/** A path constant: a fn item, a promoted, an assoc const, a `const` item or a unit variant. */
function pathConst(
  m: Machine,
  path: Path,
  inst: Instance,
  fnItem: boolean,
): { code?: string; value?: unknown; ty: RType } {
  const tt = m.tt;
  const prog = m.prog;
  const env = { params: inst.env };
  if (fnItem) return { code: "undefined", ty: prog.fnDefType(path, env) };
  const segs = path.segs;
  const last = segs[segs.length - 1];
  // Promoted constants of the current body (or its parent, for closures).
  if (last.k === "promoted") {
    // `promoted[N]` always belongs to the body that uses it, whose header rustc may print
    // differently (`<Self as Animal>::speak` vs `Animal::speak`, a derive's `<impl at …>`).
    const name = printPath(path);
    const own = `${inst.info.name}::${printPath({ k: "path", segs: [last] })}`;
    const info = prog.fnInfos.get(own) ?? prog.fnInfos.get(name);
    if (!info) throw new InvalidMir(`the body of promoted constant ${name} is missing from the MIR file`);
    const envKey = [...inst.env].map(([k, v]) => `${k}=${v.key}`).join(",");
    return evaluated(
      m,
      `${name}@${inst.name}[${envKey}]`,
      info.body.ret,
      () => evalBody(m, m.instance(info, inst.env, true)),
      env,
    );
  }
  const name = printPath(path);
  // A const generic parameter of the current instance (`const N: usize`).
  if (segs.length === 1 && last.k === "ident") {
    const bound = inst.env.get(last.name);
    if (bound && bound.k === "const") {
      const v = bound.value;
      return { code: v <= 9007199254740991n && v >= -9007199254740991n ? String(v) : `${v}n`, ty: tt.usize };
    }
  }
  const item = prog.constItems.get(name);
  if (item) {
    const v = constValue(m, item.value, inst, false);
    return v;
  }
  const body = prog.fnInfos.get(name);
  if (body && body.body.kind !== "fn") {
    return evaluated(
      m,
      `${name}@${inst.name}`,
      body.body.ret,
      () => evalBody(m, m.instance(body, inst.env, true)),
      env,
    );
  }
  const last2 = last.k === "ident" ? last.name : "";
  // `<T as SizedTypeProperties>::SIZE` and friends.
  const first = segs[0];
  if (first.k === "qself") {
    const self = prog.resolve(first.self, env);
    const l = layoutOf(self, tt);
    if (last2 === "SIZE") return { code: String(l.size), ty: tt.usize };
    if (last2 === "ALIGN") return { code: String(l.align), ty: tt.usize };
    if (last2 === "IS_ZST") return { code: l.size === 0 ? "1" : "0", ty: tt.bool };
    if (self.k === "int" || self.k === "float") {
      const r = numericConst(m, self, last2);
      if (r) return r;
    }
    // A user trait's associated const.
    const assoc = userAssocConst(m, self, last2, inst);
    if (assoc) return assoc;
  }
  // `i32::MIN`, `core::num::<impl u8>::MAX`, `f64::EPSILON`, `usize::BITS`…
  const implFor = segs.find((s) => s.k === "implFor");
  const tyName = implFor && implFor.k === "implFor" && implFor.ty.k === "prim"
    ? implFor.ty.name
    : segs.length >= 2 && segs[segs.length - 2].k === "ident"
    ? (segs[segs.length - 2] as { name: string }).name
    : "";
  if (isIntName(tyName)) {
    const r = numericConst(m, tt.int(tyName), last2);
    if (r) return r;
  }
  if (tyName === "f32" || tyName === "f64") {
    const r = numericConst(m, tyName === "f32" ? tt.f32 : tt.f64, last2);
    if (r) return r;
  }
  if (tyName === "char" && last2 === "MAX") return { code: "1114111", ty: tt.char };
  // `Duration::ZERO`, `MAX`, `SECOND`…
  const DURATIONS: Record<string, [bigint, number]> = {
    ZERO: [0n, 0],
    MAX: [0xffffffffffffffffn, 999_999_999],
    SECOND: [1n, 0],
    MILLISECOND: [0n, 1_000_000],
    MICROSECOND: [0n, 1_000],
    NANOSECOND: [0n, 1],
  };
  if (segs.length >= 2 && printPath({ ...path, segs: segs.slice(-2, -1) }) === "Duration" && DURATIONS[last2]) {
    const def = m.prog.stdAdtByPath("std::time::Duration");
    if (def) {
      const t = tt.adt(def, []);
      const l = layoutOf(t, tt);
      const a = m.mem.alloc(l.size, l.align, "const", `constant ${name}`);
      const [secs, nanos] = DURATIONS[last2];
      const f = l.variants[0].fields;
      m.mem.writeU64(a.base + f[0].offset, secs);
      m.mem.writeU32(a.base + f[1].offset, nanos);
      return { code: String(a.base), ty: t };
    }
  }
  // A unit variant or unit struct.
  try {
    const t = adtTypeOfPath(m, path, inst);
    const l = layoutOf(t, tt);
    const a = m.mem.alloc(l.size, l.align, "const", `constant ${name}`);
    writeConst(m, a.base, t, { k: "path", path }, inst);
    return { code: String(a.base), ty: t };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  throw new Unsupported(`the constant \`${name}\``);
}

function userAssocConst(
  m: Machine,
  self: RType,
  name: string,
  inst: Instance,
): { code?: string; value?: unknown; ty: RType } | undefined {
  void inst;
  for (const impl of m.prog.impls) {
    const c = impl.item.consts.find((k) => k.name === name);
    if (!c) continue;
    if (!unify(impl.selfPattern, self, new Map())) continue;
    const ty = m.prog.resolveText(c.ty, { params: new Map(), self, src: { modPath: impl.item.modPath } });
    if (ty.k === "int") return { code: jsInt(m.prog.evalConstExpr(c.expr, impl.item.modPath)), ty };
  }
  return undefined;
}

function numericConst(m: Machine, t: RType, name: string): { code: string; ty: RType } | undefined {
  const tt = m.tt;
  if (t.k === "int") {
    const bits = t.bits;
    const signed = t.signed;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    if (name === "MAX") return { code: jsInt(max), ty: t };
    if (name === "MIN") return { code: jsInt(min), ty: t };
    if (name === "BITS") return { code: String(bits), ty: tt.u32 };
  }
  if (t.k === "float") {
    const f32 = t.bits === 32;
    const table: Record<string, number> = f32
      ? {
        MAX: 3.4028234663852886e38,
        MIN: -3.4028234663852886e38,
        MIN_POSITIVE: 1.1754943508222875e-38,
        EPSILON: 1.1920928955078125e-7,
        INFINITY: Infinity,
        NEG_INFINITY: -Infinity,
        NAN: NaN,
      }
      : {
        MAX: Number.MAX_VALUE,
        MIN: -Number.MAX_VALUE,
        MIN_POSITIVE: 2.2250738585072014e-308,
        EPSILON: Number.EPSILON,
        INFINITY: Infinity,
        NEG_INFINITY: -Infinity,
        NAN: NaN,
      };
    if (name in table) {
      const v = table[name];
      return {
        code: Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : String(v),
        ty: t,
      };
    }
  }
  return undefined;
}

/** Evaluates (once) a constant body for `key`, giving a value of its return type. */
function evaluated(
  m: Machine,
  key: string,
  retTy0: import("../mir/ast.ts").Ty,
  run: () => unknown,
  env: { params: ReadonlyMap<string, RType> },
): { code?: string; value?: unknown; ty: RType } {
  const p = pool(m);
  let e = p.evaluated.get(key);
  if (!e) {
    const ty = m.prog.resolve(retTy0, env);
    e = { value: run(), ty };
    p.evaluated.set(key, e);
  }
  return literal(m, e.value, e.ty);
}

/** Runs a constant body to completion; its locals stay allocated (they are the constant's memory). */
function evalBody(m: Machine, inst: Instance): unknown {
  const retTy = inst.locals[0].ty;
  const l = layoutOf(retTy, m.tt);
  const dst = l.repr === "memory" ? m.mem.alloc(l.size, l.align, "const", `value of ${inst.name}`).base : undefined;
  function* gen(): Generator<NativeRequest, unknown, unknown> {
    const r = yield { k: "call", inst, args: [], dst };
    return dst ?? r;
  }
  return m.runToCompletion(gen());
}
