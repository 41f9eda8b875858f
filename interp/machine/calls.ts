/**
 * Call resolution: turns the callee of a call terminator into a MIR body instance, a shim, or a
 * run-time dispatch (fn pointers, trait objects), with generic arguments substituted.
 *
 * Order: trait calls `<T as Tr>::m` go to a user impl (or the trait's default method), closures
 * and fn items called through `Fn*` traits go to their bodies with the argument tuple unpacked,
 * trait objects dispatch through their vtable, and everything else goes to std/libc shims.
 */

import { InternalError, InvalidMir, Unsupported } from "../errors.ts";
import type { Operand, SrcSpan, Terminator } from "../mir/ast.ts";
import { printPath } from "../mir/printer.ts";
import { PENDING, type ShimSite } from "../shims/api.ts";
import type { BodyCompiler, Callee, Val } from "./codegen.ts";
import { Ret } from "./frames.ts";
import type { Instance } from "./instance.ts";
import { layoutOf } from "./layout.ts";
import type { Machine } from "./machine.ts";
import type { FatPtr } from "./memory.ts";
import { callerLocation } from "./panic.ts";
import { type FnInfo, type ImplInfo, type ResolvedPath, unify } from "./program.ts";
import { type RType, showType } from "./types.ts";

/** Resolves a call terminator's callee in the context of `inst`. */
export function resolveCall(
  m: Machine,
  inst: Instance,
  func: Operand,
  argTys: RType[],
  retTy: RType,
  term: Extract<Terminator, { k: "call" }>,
): Callee {
  const span = term.span;
  if (func.k === "const") {
    if (func.value.k === "path") {
      const rp = m.prog.resolvePathArgs(func.value.path, { params: inst.env });
      return resolvePath(m, inst, rp, argTys, retTy, span, term);
    }
    if (func.value.k === "zst") {
      const t = m.prog.resolve(func.value.ty, { params: inst.env });
      return resolveFnType(m, inst, t, argTys, retTy, span, term);
    }
    throw new Unsupported(`calling the constant ${func.value.k}`);
  }
  // A local holding a fn item (ZST) or a fn pointer.
  let t = inst.locals[func.place.local].ty;
  for (const p of func.place.proj) {
    if (p.k === "deref" && (t.k === "ref" || t.k === "ptr")) t = t.to;
    else if (p.k === "field") t = m.prog.resolve(p.ty, { params: inst.env });
  }
  return resolveFnType(m, inst, t, argTys, retTy, span, term);
}

function resolveFnType(
  m: Machine,
  inst: Instance,
  t: RType,
  argTys: RType[],
  retTy: RType,
  span: SrcSpan | undefined,
  term: Extract<Terminator, { k: "call" }>,
): Callee {
  if (t.k === "fnDef") return resolvePath(m, inst, fnDefPath(m, t), argTys, retTy, span, term);
  if (t.k === "fnPtr") {
    return {
      k: "dynamic",
      withFunc: true,
      call: (mm, f, k, args) => callFnPointer(mm, f, k, args[0] as number, args.slice(1)),
    };
  }
  throw new Unsupported(`calling a value of type ${showType(t)}`);
}

/** The resolved path a fn item type names. */
export function fnDefPath(m: Machine, t: Extract<RType, { k: "fnDef" }>): ResolvedPath {
  const rp = m.prog.fnDefs.get(t.fn);
  if (!rp) throw new InternalError(`unknown fn item type ${t.fn}`);
  return rp;
}

/** Resolves a fn path (with generic arguments resolved) to a callee. */
export function resolvePath(
  m: Machine,
  inst: Instance | undefined,
  rp: ResolvedPath,
  argTys: RType[],
  retTy: RType,
  span: SrcSpan | undefined,
  term: Extract<Terminator, { k: "call" }> | undefined,
): Callee {
  const prog = m.prog;
  const path = rp.path;
  const segs = path.segs;
  const last = segs[segs.length - 1];
  const method = last.k === "ident" ? last.name : "";
  const methodArgs = rp.segArgs[segs.length - 1] ?? [];
  const printed = printPath(rp.orig);
  const site = (
    self: RType | undefined,
    typeArgs: RType[],
    traitArgs: RType[] = [],
  ): ShimSite & { traitArgs: RType[] } => ({
    path: printed,
    self,
    typeArgs,
    traitArgs,
    argTys,
    retTy,
    span: term && inst
      ? callerLocation(
        prog,
        inst.body,
        blockOf(inst, term),
        span,
        /\bArguments(::<[^>]*>)?::new\b/.test(printed),
      ) as SrcSpan
      : span,
  });

  // `<T as Trait>::method`
  const first = segs[0];
  if (first.k === "qself" && rp.qself) {
    const self = rp.qself;
    if (!first.trait) {
      return shimCallee(m, site(self, methodArgs), [`${typeHead(self)}::${method}`]);
    }
    const traitLast = first.trait.segs[first.trait.segs.length - 1];
    const traitName = traitLast.k === "ident" ? traitLast.name : "";
    return resolveTraitMethod(
      m,
      inst,
      self,
      traitName,
      rp.traitArgs,
      method,
      methodArgs,
      site(self, methodArgs, rp.traitArgs),
    );
  }
  // `core::slice::<impl [T]>::len`
  if (rp.implSelf) {
    const self = rp.implSelf;
    return shimCallee(m, site(self, methodArgs), [
      `${typeHead(self)}::${method}`,
      `${primitiveFamily(self)}::${method}`,
    ]);
  }
  // A body of the program, by its printed name.
  const name = printPath(path);
  const info = prog.fnInfos.get(name);
  if (info) return { k: "inst", inst: m.instance(info, bindParams(info, rp.segArgs.flat())) };
  // `Type::method`: an inherent method of a user type, or of a std type (shim).
  if (segs.length >= 2) {
    let selfTy: RType | undefined;
    try {
      selfTy = prog.resolve(
        { k: "adt", path: { k: "path", segs: rp.orig.segs.slice(0, -1), global: path.global } },
        rp.env,
      );
    } catch {
      selfTy = undefined;
    }
    if (selfTy) {
      const user = userInherent(m, selfTy, method, methodArgs);
      if (user) return user;
      return shimCallee(m, site(selfTy, methodArgs), [
        `${typeHead(selfTy)}::${method}`,
        `${primitiveFamily(selfTy)}::${method}`,
      ]);
    }
  }
  // An extern "C" function of the program: a libc shim by symbol name.
  // rustc may print a std function with a trimmed path that collides with an extern of the
  // program (`pipe()` for `std::io::pipe` beside an extern `pipe`): C functions neither take
  // nor return Rust ADTs, std's do.
  const cLike = retTy.k !== "adt" && !argTys.some((t) => t.k === "adt");
  if (last.k === "ident" && prog.externs.has(last.name) && cLike) {
    return shimCallee(m, site(undefined, methodArgs), [`libc::${prog.externs.get(last.name)}`]);
  }
  return shimCallee(m, site(undefined, methodArgs), [name]);
}

function blockOf(inst: Instance, term: Terminator): number {
  const b = inst.body.blocks.find((bb) => bb.term === term);
  return b ? b.index : 0;
}

/** Maps positional generic arguments to a body's parameter names. */
function bindParams(info: FnInfo, args: RType[]): Map<string, RType> {
  const env = new Map<string, RType>();
  info.params.forEach((p, i) => {
    if (args[i]) env.set(p, args[i]);
  });
  return env;
}

/** A user inherent method `Type::method`. */
function userInherent(m: Machine, self: RType, method: string, methodArgs: RType[]): Callee | undefined {
  for (const impl of m.prog.impls) {
    if (impl.traitName || !impl.methods.has(method)) continue;
    const env = new Map<string, RType>();
    if (!unify(impl.selfPattern, self, env)) continue;
    return { k: "inst", inst: methodInstance(m, impl, method, env, methodArgs, self) };
  }
  return undefined;
}

function methodInstance(
  m: Machine,
  impl: ImplInfo,
  method: string,
  env: Map<string, RType>,
  methodArgs: RType[],
  self: RType,
): Instance {
  const info = m.prog.fnInfos.get(impl.methods.get(method)!)!;
  const own = info.params.slice(impl.params.length);
  own.forEach((p, i) => {
    if (methodArgs[i]) env.set(p, methodArgs[i]);
  });
  env.set("Self", self);
  return m.instance(info, env);
}

/** Resolves `<self as trait>::method`. */
export function resolveTraitMethod(
  m: Machine,
  inst: Instance | undefined,
  self: RType,
  traitName: string,
  traitArgs: RType[],
  method: string,
  methodArgs: RType[],
  site: ShimSite & { traitArgs?: RType[] },
): Callee {
  const prog = m.prog;
  // Trait objects: dispatch on the vtable at run time.
  if (self.k === "dyn") {
    return {
      k: "dynamic",
      call: (mm, f, k, args) => callVirtual(mm, f, k, traitName, traitArgs, method, methodArgs, args, site),
    };
  }
  // Closures, fn items and fn pointers called through the Fn traits.
  if ((traitName === "Fn" || traitName === "FnMut" || traitName === "FnOnce") && /^call(_mut|_once)?$/.test(method)) {
    const c = fnTraitCall(m, self, method, site);
    if (c) return c;
  }
  // A user impl of the trait for this type.
  for (const impl of prog.impls) {
    if (impl.traitName !== traitName) continue;
    const env = new Map<string, RType>();
    if (!unify(impl.selfPattern, self, env)) continue;
    if (!traitArgsMatch(m, impl, traitArgs, env)) continue;
    if (impl.methods.has(method)) return { k: "inst", inst: methodInstance(m, impl, method, env, methodArgs, self) };
    const dflt = defaultMethod(m, traitName, method, self, traitArgs, methodArgs);
    if (dflt) return dflt;
    break;
  }
  const dflt = defaultMethod(m, traitName, method, self, traitArgs, methodArgs);
  if (dflt && prog.src.traits.some((t) => t.name === traitName)) return dflt;
  void inst;
  const keys = [
    `<${typeHead(self)} as ${traitName}>::${method}`,
    `<${primitiveFamily(self)} as ${traitName}>::${method}`,
  ];
  // Operator and comparison impls on references to numbers (`&i32 + i32`, `&u32 == &u32`) are
  // the number's, reading through the references.
  let under: RType = self;
  while (under.k === "ref") under = under.to;
  if (under !== self && (under.k === "int" || under.k === "float")) {
    keys.push(`<${primitiveFamily(under)} as ${traitName}>::${method}`);
  }
  keys.push(`<* as ${traitName}>::${method}`);
  return shimCallee(m, site, keys);
}

function traitArgsMatch(m: Machine, impl: ImplInfo, traitArgs: RType[], env: Map<string, RType>): boolean {
  if (impl.traitArgs.length === 0 || traitArgs.length === 0) return true;
  for (let i = 0; i < impl.traitArgs.length && i < traitArgs.length; i++) {
    let pattern: RType;
    try {
      pattern = m.prog.resolve(impl.traitArgs[i], {
        params: new Map(impl.params.map((p) => [p, env.get(p) ?? m.tt.param(p)])),
        src: { modPath: impl.item.modPath },
      });
    } catch {
      return true;
    }
    if (!unify(pattern, traitArgs[i], env)) return false;
  }
  return true;
}

/** A user trait's default method body `Trait::method` with `Self = self`. */
function defaultMethod(
  m: Machine,
  traitName: string,
  method: string,
  self: RType,
  traitArgs: RType[],
  methodArgs: RType[],
): Callee | undefined {
  for (const [name, info] of m.prog.fnInfos) {
    if (!info.trait || info.trait.name !== traitName) continue;
    if (!name.endsWith(`::${method}`)) continue;
    const env = new Map<string, RType>([["Self", self]]);
    const tparams = info.params.slice(1, 1 + info.trait.generics.filter((g) => g.kind !== "lifetime").length);
    tparams.forEach((p, i) => traitArgs[i] && env.set(p, traitArgs[i]));
    const own = info.params.slice(1 + tparams.length);
    own.forEach((p, i) => methodArgs[i] && env.set(p, methodArgs[i]));
    return { k: "inst", inst: m.instance(info, env) };
  }
  return undefined;
}

/**
 * `<F as Fn*<Args>>::call*(self, args_tuple)` for closures, fn items and fn pointers: calls the
 * body with the tuple's fields as arguments, passing `self` as the body expects it.
 */
function fnTraitCall(m: Machine, self: RType, method: string, site: ShimSite): Callee | undefined {
  // Peel references: `<&F as Fn>::call(&&f, …)`.
  let target = self;
  let derefs = 0;
  while ((target.k === "ref" || target.k === "ptr") && derefs < 4) {
    target = target.to;
    derefs++;
  }
  if (target.k === "adt" && target.def.name === "Box") {
    // Box<F>: the Box's pointer is the closure's address.
    const inner = target.args[0];
    if (inner.k === "dyn") {
      return {
        k: "dynamic",
        call: (mm, f, k, args) => {
          const selfVal = args[0];
          let boxAddr = selfVal as number;
          if (derefs > 0) { for (let i = 0; i < derefs; i++) boxAddr = mm.mem.readPtr(boxAddr); }
          const fat = mm.mem.readFat(boxAddr);
          const tup = args[1];
          return callVirtualFn(mm, f, k, fat, method, tup, site);
        },
      };
    }
  }
  if (target.k === "dyn") {
    return {
      k: "dynamic",
      call: (mm, f, k, args) => {
        let v = args[0];
        for (let i = 1; i < derefs; i++) v = mm.mem.readFat(v as number);
        return callVirtualFn(mm, f, k, v as FatPtr, method, args[1], site);
      },
    };
  }
  const tupleTy = site.argTys[1];
  if (target.k === "closure") {
    const def = target.def;
    const info = m.prog.fnInfos.get(def.body);
    if (!info) throw new InvalidMir(`the body of closure ${def.body} is missing from the MIR file`);
    const env = new Map(def.params.map((p, i) => [p, target.args[i]] as [string, RType]));
    const callee = m.instance(info, env);
    const bodySelf = callee.locals[1]?.ty;
    const bodyByRef = bodySelf?.k === "ref";
    const closureZst = layoutOf(target, m.tt).size === 0;
    const closureMem = layoutOf(target, m.tt).repr === "memory";
    /** Self as the closure body takes it, from self as `call`/`call_mut`/`call_once` received it. */
    const adaptSelf = (mm: Machine, self: unknown): unknown => {
      let refs = (method !== "call_once" ? 1 : 0) + derefs;
      if (bodyByRef) {
        if (refs === 0) self = closureZst ? 1 : self;
        while (refs > 1) {
          self = mm.mem.readPtr(self as number);
          refs--;
        }
      } else {
        while (refs > 0) {
          if (refs > 1 || !closureMem) self = closureZst ? undefined : mm.mem.readPtr(self as number);
          refs--;
        }
      }
      return self;
    };
    return {
      k: "inst",
      inst: callee,
      runtimeAdapt: (mm: Machine, args: unknown[]) => [
        adaptSelf(mm, args[0]),
        ...readTuple(mm, args[1], tupleTy),
      ],
      runtimeUntupled: (mm: Machine, self: unknown, rest: unknown[]) => [adaptSelf(mm, self), ...rest],
      adapt: (args: Val[], c: BodyCompiler) => {
        // Self as the call passes it: `call`/`call_mut` pass a reference, `call_once` the value.
        let selfCode = args[0].code;
        const passedByRef = method !== "call_once";
        let refs = (passedByRef ? 1 : 0) + derefs;
        if (bodyByRef) {
          // The body wants `&closure`: drop all but one level of reference, or take the value's address.
          if (refs === 0) {
            selfCode = args[0].ty.k === "closure" && layoutOf(args[0].ty, m.tt).size === 0 ? "1" : selfCode;
          }
          while (refs > 1) {
            selfCode = `mem.readPtr(${selfCode})`;
            refs--;
          }
        } else {
          // The body takes the closure by value: read through every reference (the value's address).
          while (refs > 0) {
            if (refs > 1 || layoutOf(target, m.tt).repr !== "memory") selfCode = `mem.readPtr(${selfCode})`;
            refs--;
          }
        }
        return [selfCode, ...untuple(c, args[1], tupleTy)];
      },
    };
  }
  if (target.k === "fnDef") {
    const c = resolvePath(m, undefined, fnDefPath(m, target), tupleElems(tupleTy), site.retTy, undefined, undefined);
    if (c.k === "inst") {
      return {
        k: "inst",
        inst: c.inst,
        adapt: (args, comp) => untuple(comp, args[1], tupleTy),
        runtimeAdapt: (mm, args) => readTuple(mm, args[1], tupleTy),
        runtimeUntupled: (_mm, _self, rest) => rest,
      };
    }
    if (c.k === "shim") {
      return {
        k: "dynamic",
        call: (mm, f, k, args) => callShimWithTuple(mm, f, k, c, args[1], tupleTy),
      };
    }
  }
  if (target.k === "fnPtr") {
    // `call`/`call_mut` receive `&fn`, `call_once` the fn pointer itself; plus peeled references.
    const reads = derefs + (method === "call_once" ? 0 : 1);
    return {
      k: "dynamic",
      call: (mm, f, k, args) => {
        let p = args[0] as number;
        for (let i = 0; i < reads; i++) p = mm.mem.readPtr(p);
        return callFnPointer(mm, f, k, p, readTuple(mm, args[1], tupleTy));
      },
    };
  }
  return undefined;
}

function tupleElems(t: RType | undefined): RType[] {
  return t?.k === "tuple" ? t.elems : [];
}

/** Argument codes for the fields of a tuple operand. */
function untuple(c: BodyCompiler, v: Val, tupleTy: RType | undefined): string[] {
  if (!tupleTy || tupleTy.k !== "tuple" || tupleTy.elems.length === 0) return [];
  if (v.code === "undefined") return tupleTy.elems.map(() => "undefined");
  const t = c.temp();
  c.line(`${t} = ${v.code};`);
  return tupleTy.elems.map((_, i) => c.tupleField({ code: t, ty: tupleTy }, i));
}

/** Reads the fields of a tuple value (an address) at run time. */
function readTuple(m: Machine, v: unknown, tupleTy: RType | undefined): unknown[] {
  if (!tupleTy || tupleTy.k !== "tuple") return [];
  const l = layoutOf(tupleTy, m.tt);
  if (l.size === 0) return tupleTy.elems.map(() => undefined);
  if (l.repr !== "memory") return [v];
  return tupleTy.elems.map((e, i) => m.loadValue((v as number) + l.variants[0].fields[i].offset, e));
}

function callShimWithTuple(
  m: Machine,
  f: unknown,
  k: (v: unknown) => void,
  c: Extract<Callee, { k: "shim" }>,
  tup: unknown,
  tupleTy: RType | undefined,
): unknown {
  const args = readTuple(m, tup, tupleTy);
  if (c.shim.mode === "value") return c.shim.fn(m, f, ...args);
  if (c.shim.mode === "cont") return c.shim.fn(m, f, k, ...args);
  throw new Unsupported("calling a std function that returns a value in memory through a fn pointer");
}

/** Calls through a fn pointer value at run time. */
export function callFnPointer(m: Machine, f: unknown, k: (v: unknown) => void, ptr: number, args: unknown[]): unknown {
  const target = m.dyn.fnTarget(ptr);
  if (!target) throw new Unsupported(`calling a fn pointer (0x${ptr.toString(16)}) that does not point to a function`);
  if (target.k === "inst") {
    const g = m.enterWithArgs(target.inst, f as never, Ret.Callback, 0, args);
    g.retFn = k;
    return PENDING;
  }
  return target.call(m, f, k, args);
}

/** `<dyn Trait as Trait>::method(self, …)`: finds the concrete impl through the vtable. */
function callVirtual(
  m: Machine,
  f: unknown,
  k: (v: unknown) => void,
  traitName: string,
  traitArgs: RType[],
  method: string,
  methodArgs: RType[],
  args: unknown[],
  site: ShimSite,
): unknown {
  const self = args[0] as FatPtr;
  const concrete = m.dyn.vtableType(self.m);
  const cache = m.dyn.virtualCache;
  const key = `${traitName}::${method}@${concrete.key}`;
  let callee = cache.get(key);
  if (!callee) {
    const selfRef = m.tt.ref(concrete);
    callee = resolveTraitMethod(m, undefined, concrete, traitName, traitArgs, method, methodArgs, {
      ...site,
      self: concrete,
      argTys: [selfRef, ...site.argTys.slice(1)],
    });
    cache.set(key, callee);
  }
  const thin = [self.p, ...args.slice(1)];
  return invoke(m, f, k, callee, thin);
}

/** Calls a `dyn Fn*` value (fat pointer) with an argument tuple. */
function callVirtualFn(
  m: Machine,
  f: unknown,
  k: (v: unknown) => void,
  fat: FatPtr,
  method: string,
  tup: unknown,
  site: ShimSite,
): unknown {
  const concrete = m.dyn.vtableType(fat.m);
  const tupleTy = site.argTys[1];
  const key = `fn:${method}@${concrete.key}`;
  let callee = m.dyn.virtualCache.get(key);
  if (!callee) {
    callee = resolveTraitMethod(m, undefined, m.tt.ref(concrete), "Fn", [], "call", [], {
      ...site,
      self: m.tt.ref(concrete),
      argTys: [m.tt.ref(m.tt.ref(concrete)), tupleTy],
    });
    m.dyn.virtualCache.set(key, callee);
  }
  // The resolved callee expects (&&concrete, tuple); pass the data pointer as `&concrete`.
  if (callee.k === "inst") {
    const inst = callee.inst;
    const fields = readTuple(m, tup, tupleTy);
    const selfInfo = inst.locals[1];
    const selfArg = selfInfo?.ty.k === "ref" ? fat.p : m.loadValue(fat.p, concrete);
    const g = m.enterWithArgs(inst, f as never, Ret.Callback, 0, [selfArg, ...fields]);
    g.retFn = k;
    return PENDING;
  }
  return invoke(m, f, k, callee, [fat.p, tup]);
}

/** Invokes a resolved callee at run time with value-convention arguments. */
export function invoke(m: Machine, f: unknown, k: (v: unknown) => void, callee: Callee, args: unknown[]): unknown {
  switch (callee.k) {
    case "inst": {
      const g = m.enterWithArgs(
        callee.inst,
        f as never,
        Ret.Callback,
        0,
        callee.runtimeAdapt ? callee.runtimeAdapt(m, args) : args,
      );
      g.retFn = k;
      return PENDING;
    }
    case "shim": {
      const s = callee.shim;
      if (s.mode === "value") return s.fn(m, f, ...args);
      if (s.mode === "cont") return s.fn(m, f, k, ...args);
      throw new Unsupported("a std method returning a value in memory called through a trait object");
    }
    case "dynamic":
      return callee.call(m, f as never, k, args);
  }
}

/** A shim callee, looked up under the given keys (first match wins). */
function shimCallee(m: Machine, site: ShimSite, keys: string[]): Callee {
  const shim = m.shims.find(keys, site);
  if (!shim) {
    const what = keys[0].startsWith("libc::") ? `the libc function \`${keys[0].slice(6)}\`` : `\`${site.path}\``;
    throw new Unsupported(
      `${what} is not implemented by the interpreter${site.self ? ` (self type ${showType(site.self)})` : ""}`,
    );
  }
  return { k: "shim", shim };
}

/** The key head of a type for shim lookups: `Vec`, `[]`, `[;]`, `str`, `u8`, `&`, `*`, … */
export function typeHead(t: RType): string {
  switch (t.k) {
    case "int":
      return t.name;
    case "float":
      return `f${t.bits}`;
    case "bool":
    case "char":
    case "str":
      return t.k;
    case "slice":
      return "[]";
    case "array":
      return "[;]";
    case "ref":
      return "&";
    case "ptr":
      return "*";
    case "tuple":
      return "()";
    case "adt":
      return AMBIGUOUS_HEADS[t.def.path] ?? t.def.name;
    case "closure":
      return "closure";
    case "fnDef":
    case "fnPtr":
      return "fn";
    case "dyn":
      return "dyn";
    default:
      return t.key;
  }
}

/** The family of a primitive for shared shims: `int`, `float`, or the head itself. */
export function primitiveFamily(t: RType): string {
  if (t.k === "int") return "int";
  if (t.k === "float") return "float";
  return typeHead(t);
}

const AMBIGUOUS_HEADS: Record<string, string> = {
  "std::sync::mpsc::Iter": "mpsc::Iter",
  "std::sync::mpsc::IntoIter": "mpsc::IntoIter",
  "std::sync::mpsc::TryIter": "mpsc::TryIter",
  "std::vec::IntoIter": "vec::IntoIter",
  "std::array::IntoIter": "array::IntoIter",
  "std::str::Bytes": "str::Bytes",
  "std::io::Bytes": "io::Bytes",
  "std::str::Lines": "str::Lines",
  "std::io::Lines": "io::Lines",
  "std::str::Split": "str::Split",
  "std::sync::atomic::Ordering": "atomic::Ordering",
};
