/**
 * Drop glue: what `drop(place)` does for a type. User `Drop` impls run first (as MIR calls),
 * then fields in declaration order (the active variant's, for enums). Std types the interpreter
 * models (Vec, String, Box, Arc, fds, …) register their own drop handlers in the shim registry.
 * Glue runs synchronously when it never reaches user code, and as a native frame otherwise.
 */

import type { Frame, NativeRequest } from "./frames.ts";
import { layoutOf } from "./layout.ts";
import type { Machine } from "./machine.ts";
import { unify } from "./program.ts";
import type { RType } from "./types.ts";

/** A drop handler for a std type: drops the value at `addr`, yielding for any MIR it calls. */
export type DropHandler = (
  m: Machine,
  ty: Extract<RType, { k: "adt" }>,
  addr: number,
) => Generator<NativeRequest, void, unknown>;

const NOOP = () => {};

/** Drop glue of one machine. */
export class DropGlue {
  private needs = new Map<string, boolean>();

  constructor(private m: Machine) {}

  /** True if dropping a `ty` has any effect. */
  needsDrop(ty: RType): boolean {
    const c = this.needs.get(ty.key);
    if (c !== undefined) return c;
    this.needs.set(ty.key, false); // recursion guard for recursive types
    const r = this.compute(ty);
    this.needs.set(ty.key, r);
    return r;
  }

  private compute(ty: RType): boolean {
    const tt = this.m.tt;
    switch (ty.k) {
      case "array":
        return ty.len > 0 && this.needsDrop(ty.elem);
      case "slice":
        return this.needsDrop(ty.elem);
      case "tuple":
        return ty.elems.some((e) => this.needsDrop(e));
      case "closure": {
        const env = new Map(ty.def.params.map((p, i) => [p, ty.args[i]] as [string, RType]));
        return ty.def.upvars.some((u) => this.needsDrop(tt.subst(u, env)));
      }
      case "dyn":
        return true;
      case "adt": {
        const def = ty.def;
        if (!def.user) {
          if (def.name === "ManuallyDrop" || def.name === "MaybeUninit" || def.name === "PhantomData") return false;
          if (this.m.shims.dropHandler(ty)) return true;
        } else if (this.userDropImpl(ty)) return true;
        if (def.kind === "union") return false;
        const env = new Map(def.params.map((p, i) => [p, ty.args[i]] as [string, RType]));
        return def.variants.some((v) => v.fields.some((f) => this.needsDrop(tt.subst(f.ty, env))));
      }
      default:
        return false;
    }
  }

  /** The MIR body name of `<ty as Drop>::drop`, if the program implements Drop for it. */
  userDropImpl(ty: RType): { body: string; env: Map<string, RType> } | undefined {
    for (const impl of this.m.prog.impls) {
      if (impl.traitName !== "Drop") continue;
      const env = new Map<string, RType>();
      if (!unify(impl.selfPattern, ty, env)) continue;
      const body = impl.methods.get("drop");
      if (body) return { body, env };
    }
    return undefined;
  }

  /** The `drop` terminator: drops the value at `addr`. Returns PENDING if MIR must run. */
  dropPlace(f: Frame, ty: RType, addr: number, meta?: number): unknown {
    if (ty.k === "dyn" && meta !== undefined) ty = this.m.dyn.vtableType(meta);
    return this.runOrPush(f, this.glue(ty, addr));
  }

  /** Runs glue synchronously until it needs MIR; then continues it as a native frame. */
  runOrPush(f: Frame | import("./frames.ts").NativeFrame, gen: Generator<NativeRequest, void, unknown>): unknown {
    const r = gen.next();
    if (r.done) return undefined;
    const first = r.value;
    const wrapped = (function* (): Generator<NativeRequest, void, unknown> {
      let v = yield first;
      for (;;) {
        const n = gen.next(v);
        if (n.done) return;
        v = yield n.value;
      }
    })();
    return this.m.pushNative(f, "drop_in_place", wrapped, NOOP);
  }

  /** Drop glue for the value of type `ty` at `addr`. */
  *glue(ty: RType, addr: number): Generator<NativeRequest, void, unknown> {
    if (!this.needsDrop(ty)) return;
    const m = this.m;
    const tt = m.tt;
    switch (ty.k) {
      case "array": {
        const size = layoutOf(ty.elem, tt).size;
        for (let i = 0; i < ty.len; i++) yield* this.glue(ty.elem, addr + i * size);
        return;
      }
      case "tuple":
      case "closure": {
        const l = layoutOf(ty, tt);
        for (const fl of l.variants[0].fields) yield* this.glue(fl.ty, addr + fl.offset);
        return;
      }
      case "adt": {
        if (!ty.def.user) {
          const h = m.shims.dropHandler(ty);
          if (h) {
            yield* h(m, ty, addr);
            return;
          }
        } else {
          const d = this.userDropImpl(ty);
          if (d) {
            const info = m.prog.fnInfos.get(d.body)!;
            d.env.set("Self", ty);
            yield { k: "call", inst: m.instance(info, d.env), args: [addr] };
          }
        }
        if (ty.def.kind === "union") return;
        const l = layoutOf(ty, tt);
        const v = m.variantOf(ty, addr);
        const vl = l.variants[v];
        if (!vl) return;
        for (const fl of vl.fields) yield* this.glue(fl.ty, addr + fl.offset);
        return;
      }
      default:
        return;
    }
  }

  /** Drops a slice of `len` elements of type `elem` starting at `addr`. */
  *slice(elem: RType, addr: number, len: number): Generator<NativeRequest, void, unknown> {
    if (!this.needsDrop(elem)) return;
    const size = layoutOf(elem, this.m.tt).size;
    for (let i = 0; i < len; i++) yield* this.glue(elem, addr + i * size);
  }
}
