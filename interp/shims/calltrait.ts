/**
 * Calling trait methods from native code: a shim's generator yields requests that make the
 * machine run the method (a MIR body, another shim, or a virtual call) and resumes with its result.
 *
 * ```ts
 * const eq = yield* callTrait(m, elemTy, "PartialEq", "eq", [a, b], m.tt.bool);
 * ```
 */

import type { Callee } from "../machine/codegen.ts";
import { resolveTraitMethod } from "../machine/calls.ts";
import type { NativeRequest } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import type { RType } from "../machine/types.ts";

const cache = new WeakMap<Machine, Map<string, Callee>>();

/** The callee of `<self as trait>::method` with the given argument and return types. */
export function traitCallee(
  m: Machine,
  self: RType,
  trait: string,
  method: string,
  argTys: RType[],
  retTy: RType,
  traitArgs: RType[] = [],
): Callee {
  let c = cache.get(m);
  if (!c) cache.set(m, c = new Map());
  const key = `${self.key} as ${trait}<${traitArgs.map((t) => t.key).join(",")}>::${method}(${
    argTys.map((t) => t.key).join(",")
  })`;
  let callee = c.get(key);
  if (!callee) {
    callee = resolveTraitMethod(m, undefined, self, trait, traitArgs, method, [], {
      path: `<${self.key} as ${trait}>::${method}`,
      self,
      typeArgs: [],
      argTys,
      retTy,
    });
    c.set(key, callee);
  }
  return callee;
}

/**
 * Calls `callee` with value-convention `args`. A memory-typed result is written to a fresh
 * runtime allocation whose address is returned; the caller copies it and calls `freeTemp`.
 */
export function* invokeGen(
  m: Machine,
  callee: Callee,
  args: unknown[],
  retTy: RType,
): Generator<NativeRequest, unknown, unknown> {
  const l = layoutOf(retTy, m.tt);
  const mem = l.repr === "memory";
  switch (callee.k) {
    case "inst": {
      const a = callee.runtimeAdapt ? callee.runtimeAdapt(m, args) : args;
      if (mem) {
        const dst = m.mem.alloc(l.size, l.align, "runtime", "a call's result").base;
        yield { k: "call", inst: callee.inst, args: a, dst };
        return dst;
      }
      return yield { k: "call", inst: callee.inst, args: a };
    }
    case "shim": {
      const s = callee.shim;
      if (s.mode === "value") return s.fn(m, undefined, ...args);
      if (s.mode === "dst") {
        const dst = m.mem.alloc(Math.max(l.size, 1), l.align, "runtime", "a call's result").base;
        s.fn(m, undefined, dst, ...args);
        return dst;
      }
      if (mem) {
        const dst = m.mem.alloc(Math.max(l.size, 1), l.align, "runtime", "a call's result").base;
        yield { k: "dispatch", call: (mm, f, k, a) => s.fn(mm, f, k, dst, ...a), args };
        return dst;
      }
      return yield { k: "dispatch", call: (mm, f, k, a) => s.fn(mm, f, k, ...a), args };
    }
    case "dynamic": {
      if (mem) {
        const dst = m.mem.alloc(l.size, l.align, "runtime", "a call's result").base;
        yield {
          k: "dispatch",
          call: (mm, f, k, a) =>
            callee.call(mm, f, (v) => {
              mm.storeValue(dst, retTy, v);
              k(dst);
            }, a),
          args,
        };
        return dst;
      }
      return yield { k: "dispatch", call: callee.call, args };
    }
  }
}

/** Calls `<self as trait>::method(args)`. */
export function* callTrait(
  m: Machine,
  self: RType,
  trait: string,
  method: string,
  args: unknown[],
  argTys: RType[],
  retTy: RType,
  traitArgs: RType[] = [],
): Generator<NativeRequest, unknown, unknown> {
  return yield* invokeGen(m, traitCallee(m, self, trait, method, argTys, retTy, traitArgs), args, retTy);
}

/** Frees a temporary result made by `invokeGen`. */
export function freeTemp(m: Machine, addr: unknown): void {
  if (typeof addr === "number" && addr >= 1 << 24) {
    const a = m.mem.find(addr);
    if (a && a.live && a.kind === "runtime" && a.base === addr) m.mem.release(a);
  }
}
