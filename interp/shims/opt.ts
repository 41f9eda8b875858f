/**
 * Shims for `Option` and `Result`: queries, unwrapping with std's panic messages, combinators that
 * call closures, conversions, and the `?` operator (`Try::branch`, `FromResidual::from_residual`).
 */

import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import type { NativeRequest } from "../machine/frames.ts";
import type { RType } from "../machine/types.ts";
import type { BoundShim, ShimSite } from "./api.ts";
import { callTrait, freeTemp } from "./calltrait.ts";
import { callClosure } from "./seq.ts";
import { register } from "./table.ts";
import type { AnyFrame } from "./util.ts";

type Adt = Extract<RType, { k: "adt" }>;

/** Payload location of variant `v` (Option: 1 = Some; Result: 0 = Ok, 1 = Err). */
function payload(m: Machine, t: RType, v: number): { offset: number; ty: RType } | undefined {
  const f = layoutOf(t, m.tt).variants[v]?.fields[0];
  return f && { offset: f.offset, ty: f.ty };
}

/** The Option/Result type a method's self argument refers to. */
function selfAdt(s: ShimSite): Adt {
  const t = s.self ?? s.argTys[0];
  return (t.k === "ref" ? t.to : t) as Adt;
}

/** Moves value `v` (value convention) of type `ty` to the call's result. */
function give(m: Machine, dst: number | undefined, ty: RType, v: unknown): unknown {
  if (dst !== undefined) {
    m.storeValue(dst, ty, v);
    return undefined;
  }
  return v;
}

/**
 * A shim whose result is written to `dst` when the return type lives in memory. `body` receives
 * `dst` (or undefined) and returns the result (or writes it).
 */
function shim(
  keys: string[],
  make: (
    s: ShimSite,
    m: Machine,
  ) =>
    | ((m: Machine, dst: number | undefined, args: unknown[], f: AnyFrame, k: (v: unknown) => void) => unknown)
    | undefined,
  opts: { cont?: boolean } = {},
) {
  register(keys, (s, mm) => {
    const m = mm as Machine;
    const body = make(s, m);
    if (!body) return undefined;
    const mem = layoutOf(s.retTy, m.tt).repr === "memory";
    let b: BoundShim;
    if (opts.cont) {
      b = mem
        ? {
          mode: "cont",
          fn: (m2: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, ...a: unknown[]) =>
            body(m2, dst, a, f, k),
        }
        : {
          mode: "cont",
          fn: (m2: Machine, f: AnyFrame, k: (v: unknown) => void, ...a: unknown[]) => body(m2, undefined, a, f, k),
        };
    } else {
      b = mem
        ? { mode: "dst", fn: (m2: Machine, f: AnyFrame, dst: number, ...a: unknown[]) => body(m2, dst, a, f, noop) }
        : { mode: "value", fn: (m2: Machine, f: AnyFrame, ...a: unknown[]) => body(m2, undefined, a, f, noop) };
    }
    return b;
  });
}
const noop = () => {};

const both = (names: string[]) => names.flatMap((n) => [`Option::${n}`, `Result::${n}`]);

// --- queries -------------------------------------------------------------------------------------------

shim(["Option::is_some", "Option::is_none", "Result::is_ok", "Result::is_err"], (s) => {
  const t = selfAdt(s);
  const want = s.path.endsWith("is_some") || s.path.endsWith("is_err") ? 1 : 0;
  return (m, _d, [self]) => (m.variantOf(t, self as number) === want ? 1 : 0);
});

// --- unwrapping ------------------------------------------------------------------------------------------

shim(["Option::unwrap", "Option::expect", "Option::unwrap_unchecked"], (s) => {
  const t = selfAdt(s);
  const p = (m: Machine) => payload(m, t, 1)!;
  const expect = s.path.endsWith("expect");
  return (m, dst, [self, msg]) => {
    if (m.variantOf(t, self as number) !== 1) {
      if (expect) {
        const mp = msg as { p: number; m: number };
        m.panic(m.mem.readUtf8(mp.p, mp.m), s.span);
      }
      m.panic("called `Option::unwrap()` on a `None` value", s.span);
    }
    const pl = p(m);
    return give(m, dst, pl.ty, m.loadValue((self as number) + pl.offset, pl.ty));
  };
});

shim(["Result::unwrap", "Result::expect", "Result::unwrap_err", "Result::expect_err"], (s) => {
  const t = selfAdt(s);
  const name = s.path.split("::").pop()!;
  const wantErr = name.endsWith("_err");
  return (m, dst, [self, msg], f, k) => {
    const v = m.variantOf(t, self as number);
    const ok = v === 0;
    if (ok !== wantErr) {
      const pl = payload(m, t, v)!;
      return give(m, dst, pl.ty, m.loadValue((self as number) + pl.offset, pl.ty));
    }
    // Panic with the Debug of the other variant's payload.
    const other = payload(m, t, ok ? 0 : 1)!;
    const prefix = name === "unwrap"
      ? "called `Result::unwrap()` on an `Err` value"
      : name === "unwrap_err"
      ? "called `Result::unwrap_err()` on an `Ok` value"
      : m.mem.readUtf8((msg as { p: number }).p, (msg as { m: number }).m);
    return m.runGen(
      f,
      "unwrap",
      (function* (): Generator<NativeRequest, void, unknown> {
        const text = yield* m.shims.fmt.debugToString(other.ty, (self as number) + other.offset);
        m.panic(`${prefix}: ${text}`, s.span);
      })(),
      k,
    );
  };
}, { cont: true });

shim(both(["unwrap_or"]), (s) => {
  const t = selfAdt(s);
  const want = t.def.name === "Option" ? 1 : 0;
  return (m, dst, [self, dflt]) => {
    const pl = payload(m, t, want)!;
    if (m.variantOf(t, self as number) === want) {
      return give(m, dst, pl.ty, m.loadValue((self as number) + pl.offset, pl.ty));
    }
    return give(m, dst, pl.ty, dflt);
  };
});

shim(both(["unwrap_or_default"]), (s) => {
  const t = selfAdt(s);
  const want = t.def.name === "Option" ? 1 : 0;
  return (m, dst, [self], f, k) => {
    const pl = payload(m, t, want)!;
    if (m.variantOf(t, self as number) === want) {
      return give(m, dst, pl.ty, m.loadValue((self as number) + pl.offset, pl.ty));
    }
    return m.runGen(
      f,
      "unwrap_or_default",
      (function* () {
        const r = yield* defaultValue(m, pl.ty);
        return give(m, dst, pl.ty, r);
      })(),
      k,
    );
  };
}, { cont: true });

/** `Default::default()` of `t`: zero for primitives, the impl's result otherwise. */
export function* defaultValue(m: Machine, t: RType): Generator<NativeRequest, unknown, unknown> {
  if (t.k === "int" || t.k === "float" || t.k === "bool" || t.k === "char") return 0;
  const r = yield* callTrait(m, t, "Default", "default", [], [], t);
  return r;
}

shim(both(["unwrap_or_else"]), (s) => {
  const t = selfAdt(s);
  const isOpt = t.def.name === "Option";
  const want = isOpt ? 1 : 0;
  const closureTy = s.typeArgs[0] ?? s.argTys[1];
  return (m, dst, [self, closure], f, k) => {
    const pl = payload(m, t, want)!;
    if (m.variantOf(t, self as number) === want) {
      return give(m, dst, pl.ty, m.loadValue((self as number) + pl.offset, pl.ty));
    }
    const errPl = isOpt ? undefined : payload(m, t, 1)!;
    const args = errPl ? [m.loadValue((self as number) + errPl.offset, errPl.ty)] : [];
    const tup = m.tt.tuple(errPl ? [errPl.ty] : []);
    return m.runGen(
      f,
      "unwrap_or_else",
      (function* () {
        const r = yield* callClosure(m, closureTy, "FnOnce", closure, args, tup, pl.ty);
        const out = give(m, dst, pl.ty, r);
        if (layoutOf(pl.ty, m.tt).repr === "memory") freeTemp(m, r);
        return out;
      })(),
      k,
    );
  };
}, { cont: true });

// --- combinators ------------------------------------------------------------------------------------------

/** `map`, `and_then`, `filter`, `map_err`, `or_else`, `map_or`, `is_some_and`, …: closure-taking methods. */
shim([
  ...both(["map", "and_then", "map_or", "map_or_else", "is_some_and", "is_ok_and", "is_none_or", "inspect"]),
  "Option::filter",
  "Option::or_else",
  "Result::map_err",
  "Result::or_else",
  "Option::ok_or_else",
  "Option::get_or_insert_with",
], (s) => {
  const name = s.path.split("::").pop()!;
  const t = selfAdt(s);
  const isOpt = t.def.name === "Option";
  const ret = s.retTy;
  const closureIdx = name === "map_or" ? 2 : name === "map_or_else" ? 2 : 1;
  const closureTy = s.argTys[closureIdx];
  return (m, dst, args, f, k) => {
    const self = args[0] as number;
    const v = m.variantOf(t, self);
    const good = isOpt ? v === 1 : v === 0;
    const pl = payload(m, t, v);
    const val = pl ? m.loadValue(self + pl.offset, pl.ty) : undefined;
    const retMem = layoutOf(ret, m.tt).repr === "memory";
    return m.runGen(
      f,
      name,
      (function* (): Generator<NativeRequest, unknown, unknown> {
        const call = function* (cty: RType, c: unknown, cargs: unknown[], cargTys: RType[], rty: RType) {
          return yield* callClosure(m, cty, "FnOnce", c, cargs, m.tt.tuple(cargTys), rty);
        };
        switch (name) {
          case "map":
          case "map_err": {
            const onGood = name === "map" ? good : !good;
            if (!onGood) {
              // Re-wrap the untouched variant in the result type.
              const outPl = payload(m, ret, v)!;
              if (pl) m.storeValue(dst! + outPl.offset, outPl.ty, val);
              m.setVariant(ret, dst!, v);
              return;
            }
            const outPl = payload(m, ret, v)!;
            const r = yield* call(closureTy, args[1], [val], [pl!.ty], outPl.ty);
            m.storeValue(dst! + outPl.offset, outPl.ty, r);
            m.setVariant(ret, dst!, v);
            if (layoutOf(outPl.ty, m.tt).repr === "memory") freeTemp(m, r);
            return;
          }
          case "and_then":
          case "or_else": {
            const onGood = name === "and_then" ? good : !good;
            if (!onGood) {
              const outPl = payload(m, ret, v);
              if (pl && outPl) m.storeValue(dst! + outPl.offset, outPl.ty, val);
              m.setVariant(ret, dst!, v);
              return;
            }
            const r = yield* call(closureTy, args[1], pl ? [val] : [], pl ? [pl.ty] : [], ret);
            m.mem.copy(dst!, r as number, layoutOf(ret, m.tt).size);
            freeTemp(m, r);
            return;
          }
          case "filter": {
            if (!good) return void m.setVariant(ret, dst!, 0);
            const keep = yield* call(closureTy, args[1], [self + pl!.offset], [m.tt.ref(pl!.ty)], m.tt.bool);
            if (keep === 1) m.mem.copy(dst!, self, layoutOf(t, m.tt).size);
            else {
              yield* m.drops.glue(pl!.ty, self + pl!.offset);
              m.setVariant(ret, dst!, 0);
            }
            return;
          }
          case "map_or":
          case "map_or_else": {
            if (!good) {
              if (name === "map_or") return give(m, dst, ret, args[1]);
              const r = yield* call(s.argTys[1], args[1], isOpt ? [] : [val], isOpt ? [] : [pl!.ty], ret);
              return give(m, dst, ret, r);
            }
            const r = yield* call(closureTy, args[2], [val], [pl!.ty], ret);
            return give(m, dst, ret, r);
          }
          case "is_some_and":
          case "is_ok_and":
            if (!good) return 0;
            return yield* call(closureTy, args[1], [val], [pl!.ty], m.tt.bool);
          case "is_none_or":
            if (!good) return 1;
            return yield* call(closureTy, args[1], [val], [pl!.ty], m.tt.bool);
          case "inspect":
            if (good) yield* call(closureTy, args[1], [self + pl!.offset], [m.tt.ref(pl!.ty)], m.tt.unit);
            m.mem.copy(dst!, self, layoutOf(t, m.tt).size);
            return;
          case "ok_or_else": {
            if (good) {
              const outPl = payload(m, ret, 0)!;
              m.storeValue(dst! + outPl.offset, outPl.ty, val);
              m.setVariant(ret, dst!, 0);
              return;
            }
            const errPl = payload(m, ret, 1)!;
            const r = yield* call(closureTy, args[1], [], [], errPl.ty);
            m.storeValue(dst! + errPl.offset, errPl.ty, r);
            m.setVariant(ret, dst!, 1);
            return;
          }
          case "get_or_insert_with": {
            const plSome = payload(m, t, 1)!;
            if (!good) {
              const r = yield* call(closureTy, args[1], [], [], plSome.ty);
              m.storeValue(self + plSome.offset, plSome.ty, r);
              m.setVariant(t, self, 1);
            }
            return self + plSome.offset;
          }
        }
        void retMem;
      })(),
      k,
    );
  };
}, { cont: true });

// `Option<Option<T>>::flatten`: the inner option, or None.
shim(["Option::flatten"], (s) => {
  const t = selfAdt(s);
  const ret = s.retTy;
  return (m, dst, [self]) => {
    if (m.variantOf(t, self as number) === 1) {
      const pl = payload(m, t, 1)!;
      return give(m, dst, ret, m.loadValue((self as number) + pl.offset, pl.ty));
    }
    const at = dst ?? m.scratch(Math.max(1, layoutOf(ret, m.tt).size));
    m.setVariant(ret, at, 0);
    return dst === undefined ? m.loadValue(at, ret) : undefined;
  };
});

// `transpose`: `Result<Option<T>, E>` ↔ `Option<Result<T, E>>` (Ok(None) ↔ None).
shim(["Result::transpose", "Option::transpose"], (s) => {
  const t = selfAdt(s);
  const ret = s.retTy as Adt;
  const fromResult = t.def.name === "Result";
  return (m, dst, [self]) => {
    const outer = dst ?? m.scratch(Math.max(1, layoutOf(ret, m.tt).size));
    const selfV = m.variantOf(t, self as number);
    // Variant numbers: Option None 0 / Some 1; Result Ok 0 / Err 1.
    const isErr = fromResult ? selfV === 1 : undefined;
    const opt = fromResult ? (isErr ? undefined : payload(m, t, 0)!) : payload(m, t, 1);
    if (fromResult && !isErr) {
      const inner = opt!; // Option<T> inside Ok
      if (m.variantOf(inner.ty, (self as number) + inner.offset) === 0) m.setVariant(ret, outer, 0); // None
      else {
        const x = payload(m, inner.ty, 1)!, some = payload(m, ret, 1)!, ok = payload(m, some.ty, 0)!;
        m.storeValue(
          outer + some.offset + ok.offset,
          ok.ty,
          m.loadValue((self as number) + inner.offset + x.offset, x.ty),
        );
        m.setVariant(some.ty, outer + some.offset, 0);
        m.setVariant(ret, outer, 1);
      }
    } else if (fromResult) {
      const e = payload(m, t, 1)!, some = payload(m, ret, 1)!, err = payload(m, some.ty, 1)!;
      m.storeValue(outer + some.offset + err.offset, err.ty, m.loadValue((self as number) + e.offset, e.ty));
      m.setVariant(some.ty, outer + some.offset, 1);
      m.setVariant(ret, outer, 1);
    } else if (selfV === 0) {
      // None → Ok(None)
      const ok = payload(m, ret, 0)!;
      m.setVariant(ok.ty, outer + ok.offset, 0);
      m.setVariant(ret, outer, 0);
    } else {
      const res = opt!, rv = m.variantOf(res.ty, (self as number) + res.offset);
      const inner = payload(m, res.ty, rv)!;
      const v = m.loadValue((self as number) + res.offset + inner.offset, inner.ty);
      if (rv === 0) {
        const ok = payload(m, ret, 0)!, x = payload(m, ok.ty, 1)!;
        m.storeValue(outer + ok.offset + x.offset, x.ty, v);
        m.setVariant(ok.ty, outer + ok.offset, 1);
        m.setVariant(ret, outer, 0);
      } else {
        const err = payload(m, ret, 1)!;
        m.storeValue(outer + err.offset, err.ty, v);
        m.setVariant(ret, outer, 1);
      }
    }
    return dst === undefined ? m.loadValue(outer, ret) : undefined;
  };
});

shim(["Option::ok_or"], (s) => {
  const t = selfAdt(s);
  const ret = s.retTy;
  return (m, dst, [self, err]) => {
    const good = m.variantOf(t, self as number) === 1;
    if (good) {
      const pl = payload(m, t, 1)!, out = payload(m, ret, 0)!;
      m.storeValue(dst! + out.offset, out.ty, m.loadValue((self as number) + pl.offset, pl.ty));
      m.setVariant(ret, dst!, 0);
    } else {
      const out = payload(m, ret, 1)!;
      m.storeValue(dst! + out.offset, out.ty, err);
      m.setVariant(ret, dst!, 1);
    }
  };
});

shim(["Option::or", "Option::xor", "Option::and", "Result::or", "Result::and"], (s) => {
  const t = selfAdt(s);
  const name = s.path.split("::").pop()!;
  const isOpt = t.def.name === "Option";
  return (m, dst, [self, other]) => {
    const size = layoutOf(t, m.tt).size;
    const g = (a: number) => (m.variantOf(t, a) === (isOpt ? 1 : 0));
    const a = self as number, b = other as number;
    let pick: number | undefined;
    if (name === "or") pick = g(a) ? a : b;
    else if (name === "and") pick = g(a) ? b : a;
    else pick = g(a) !== g(b) ? (g(a) ? a : b) : undefined;
    if (pick === undefined) m.setVariant(t, dst!, 0);
    else m.mem.copy(dst!, pick, size);
  };
});

shim(["Result::ok", "Result::err"], (s) => {
  const t = selfAdt(s);
  const wantErr = s.path.endsWith("::err");
  const ret = s.retTy;
  return (m, dst, [self]) => {
    const v = m.variantOf(t, self as number);
    if ((v === 1) !== wantErr) return void m.setVariant(ret, dst!, 0);
    const pl = payload(m, t, v)!, out = payload(m, ret, 1)!;
    m.storeValue(dst! + out.offset, out.ty, m.loadValue((self as number) + pl.offset, pl.ty));
    m.setVariant(ret, dst!, 1);
  };
});

shim([...both(["as_ref", "as_mut", "as_deref", "as_deref_mut"])], (s) => {
  const t = selfAdt(s);
  const ret = s.retTy;
  const deref = s.path.includes("as_deref");
  return (m, dst, [self]) => {
    const v = m.variantOf(t, self as number);
    const pl = payload(m, t, v);
    const out = payload(m, ret, v);
    if (pl && out) {
      let ref: unknown = (self as number) + pl.offset;
      if (deref) ref = derefValue(m, pl.ty, ref as number);
      m.storeValue(dst! + out.offset, out.ty, ref);
    }
    m.setVariant(ret, dst!, v);
  };
});

/** `Deref::deref` of a Box/String/Vec/&T payload, for `as_deref`. */
function derefValue(m: Machine, t: RType, addr: number): unknown {
  if (t.k === "adt" && t.def.name === "String") {
    const vv = layoutOf(t, m.tt);
    void vv;
    return m.loadValue(addr, m.tt.ref(t));
  }
  return m.loadValue(addr, t);
}

shim(["Option::take", "Option::replace", "Option::insert"], (s) => {
  const t = selfAdt(s);
  const name = s.path.split("::").pop()!;
  return (m, dst, [self, value]) => {
    const size = layoutOf(t, m.tt).size;
    const pl = payload(m, t, 1)!;
    if (name === "insert") {
      m.storeValue((self as number) + pl.offset, pl.ty, value);
      m.setVariant(t, self as number, 1);
      return (self as number) + pl.offset;
    }
    m.mem.copy(dst!, self as number, size);
    if (name === "take") m.setVariant(t, self as number, 0);
    else {
      m.storeValue((self as number) + pl.offset, pl.ty, value);
      m.setVariant(t, self as number, 1);
    }
  };
});

shim(["Option::cloned", "Option::copied", "Result::cloned", "Result::copied"], (s) => {
  const t = selfAdt(s);
  const ret = s.retTy;
  return (m, dst, [self], f, k) => {
    const v = m.variantOf(t, self as number);
    const pl = payload(m, t, v);
    const out = payload(m, ret, v);
    if (!pl || !out) return void m.setVariant(ret, dst!, v);
    const p = m.loadValue((self as number) + pl.offset, pl.ty) as number;
    if (!m.needsDrop(out.ty) && !(out.ty.k === "adt" && out.ty.def.user)) {
      m.storeValue(dst! + out.offset, out.ty, m.loadValue(p, out.ty));
      m.setVariant(ret, dst!, v);
      return undefined;
    }
    return m.runGen(
      f,
      "cloned",
      (function* () {
        const r = yield* callTrait(m, out.ty, "Clone", "clone", [p], [m.tt.ref(out.ty)], out.ty);
        m.storeValue(dst! + out.offset, out.ty, r);
        m.setVariant(ret, dst!, v);
        if (layoutOf(out.ty, m.tt).repr === "memory") freeTemp(m, r);
      })(),
      k,
    );
  };
}, { cont: true });

// --- `?` -----------------------------------------------------------------------------------------------

shim(["<Option as Try>::branch", "<Result as Try>::branch"], (s) => {
  const t = selfAdt(s);
  const isOpt = t.def.name === "Option";
  const cf = s.retTy; // ControlFlow<Residual, Output>: Continue(C) = 0, Break(B) = 1
  return (m, dst, [self]) => {
    const v = m.variantOf(t, self as number);
    const good = isOpt ? v === 1 : v === 0;
    if (good) {
      const pl = payload(m, t, v)!, out = payload(m, cf, 0)!;
      m.storeValue(dst! + out.offset, out.ty, m.loadValue((self as number) + pl.offset, pl.ty));
      m.setVariant(cf, dst!, 0);
      return;
    }
    const res = payload(m, cf, 1)!; // Option<Infallible> or Result<Infallible, E>
    if (isOpt) m.setVariant(res.ty, dst! + res.offset, 0);
    else {
      const pl = payload(m, t, 1)!, out = payload(m, res.ty, 1)!;
      m.storeValue(dst! + res.offset + out.offset, out.ty, m.loadValue((self as number) + pl.offset, pl.ty));
      m.setVariant(res.ty, dst! + res.offset, 1);
    }
    m.setVariant(cf, dst!, 1);
  };
});

shim(["<Option as FromResidual>::from_residual", "<Result as FromResidual>::from_residual"], (s) => {
  const ret = s.retTy as Adt;
  const isOpt = ret.def.name === "Option";
  const resTy = s.argTys[0];
  return (m, dst, [r], f, k) => {
    if (isOpt) return void m.setVariant(ret, dst!, 0);
    const inPl = payload(m, resTy, 1)!;
    const outPl = payload(m, ret, 1)!;
    const e = m.loadValue((r as number) + inPl.offset, inPl.ty);
    if (inPl.ty === outPl.ty) {
      m.storeValue(dst! + outPl.offset, outPl.ty, e);
      m.setVariant(ret, dst!, 1);
      return undefined;
    }
    return m.runGen(
      f,
      "from_residual",
      (function* () {
        const conv = yield* convertFrom(m, inPl.ty, outPl.ty, e);
        m.storeValue(dst! + outPl.offset, outPl.ty, conv);
        m.setVariant(ret, dst!, 1);
        if (layoutOf(outPl.ty, m.tt).repr === "memory") freeTemp(m, conv);
      })(),
      k,
    );
  };
}, { cont: true });

/** `<To as From<From>>::from(v)`, including boxing into `Box<dyn Error>`. */
export function* convertFrom(
  m: Machine,
  from: RType,
  to: RType,
  v: unknown,
): Generator<NativeRequest, unknown, unknown> {
  if (to.k === "adt" && to.def.name === "Box" && to.args[0].k === "dyn") {
    const l = layoutOf(from, m.tt);
    const heap = l.size ? m.mem.alloc(l.size, l.align, "heap", `Box<${from.key}>`).base : l.align;
    m.storeValue(heap, from, v);
    const out = m.mem.alloc(16, 8, "runtime", "a boxed error").base;
    m.mem.writePtr(out, heap);
    m.mem.writePtr(out + 8, m.dyn.vtable(from, to.args[0].traits[0]));
    return out;
  }
  return yield* callTrait(m, to, "From", "from", [v], [from], to, [from]);
}

shim(["<Option as Default>::default"], (s) => {
  const t = s.retTy;
  return (m, dst) => void m.setVariant(t, dst!, 0);
});
shim(["<Option as From>::from"], (s) => {
  const t = s.retTy;
  return (m, dst, [v]) => {
    const pl = payload(m, t, 1)!;
    m.storeValue(dst! + pl.offset, pl.ty, v);
    m.setVariant(t, dst!, 1);
  };
});

/** Equality of Options/Results: compare variants, then payloads with their `PartialEq`. */
shim([
  "<Option as PartialEq>::eq",
  "<Option as PartialEq>::ne",
  "<Result as PartialEq>::eq",
  "<Result as PartialEq>::ne",
], (s) => {
  const t = selfAdt(s);
  const ne = s.path.endsWith("::ne");
  return (m, _dst, [a, b], f, k) => {
    const va = m.variantOf(t, a as number), vb = m.variantOf(t, b as number);
    if (va !== vb) return ne ? 1 : 0;
    const pl = payload(m, t, va);
    if (!pl) return ne ? 0 : 1;
    return m.runGen(
      f,
      "eq",
      (function* () {
        const pa = (a as number) + pl.offset, pb = (b as number) + pl.offset;
        let eq: boolean;
        if (pl.ty.k === "int" || pl.ty.k === "bool" || pl.ty.k === "char") {
          eq = m.loadValue(pa, pl.ty) === m.loadValue(pb, pl.ty);
        } else {eq =
            (yield* callTrait(m, pl.ty, "PartialEq", "eq", [pa, pb], [m.tt.ref(pl.ty), m.tt.ref(pl.ty)], m.tt.bool)) ===
              1;}
        return eq !== ne ? 1 : 0;
      })(),
      k,
    );
  };
}, { cont: true });

shim(["<Option as Clone>::clone", "<Result as Clone>::clone"], (s) => {
  const t = selfAdt(s);
  return (m, dst, [self], f, k) => {
    const v = m.variantOf(t, self as number);
    const pl = payload(m, t, v);
    if (!pl || (!m.needsDrop(pl.ty) && !(pl.ty.k === "adt" && pl.ty.def.user))) {
      m.mem.copy(dst!, self as number, layoutOf(t, m.tt).size);
      return undefined;
    }
    return m.runGen(
      f,
      "clone",
      (function* () {
        const r = yield* callTrait(
          m,
          pl.ty,
          "Clone",
          "clone",
          [(self as number) + pl.offset],
          [m.tt.ref(pl.ty)],
          pl.ty,
        );
        m.storeValue(dst! + pl.offset, pl.ty, r);
        m.setVariant(t, dst!, v);
        if (layoutOf(pl.ty, m.tt).repr === "memory") freeTemp(m, r);
      })(),
      k,
    );
  };
}, { cont: true });
