/**
 * Trait objects and function pointers: vtables (one small allocation per concrete type and trait,
 * whose address is the fat pointer's metadata), fn pointer addresses, and the metadata of
 * unsizing coercions (`&[T; N]` → `&[T]`, `Box<T>` → `Box<dyn Tr>`).
 */

import { InternalError, Unsupported } from "../errors.ts";
import { PENDING } from "../shims/api.ts";
import { type Callee } from "./codegen.ts";
import { fnDefPath, invoke, resolvePath } from "./calls.ts";
import { Ret } from "./frames.ts";
import type { Instance } from "./instance.ts";
import type { Machine } from "./machine.ts";
import { type RType, showType } from "./types.ts";

/** What a fn pointer points to. */
export type FnTarget =
  | { k: "inst"; inst: Instance }
  // deno-lint-ignore no-explicit-any
  | { k: "call"; call: (m: Machine, f: any, k: (v: unknown) => void, args: unknown[]) => unknown };

/** Vtables, fn pointers and unsizing metadata of one machine. */
export class DynTables {
  private vtables = new Map<string, number>();
  private vtableTypes = new Map<number, { ty: RType; trait: string }>();
  private fnPtrs = new Map<string, number>();
  private targets = new Map<number, FnTarget>();
  /** Resolved callees of virtual calls, by trait method and concrete type. */
  readonly virtualCache = new Map<string, Callee>();

  constructor(private m: Machine) {}

  /** The vtable address for `ty` as a `dyn trait`. */
  vtable(ty: RType, trait: string): number {
    const key = `${ty.key}|${trait}`;
    let a = this.vtables.get(key);
    if (a === undefined) {
      a = this.m.mem.alloc(8, 8, "vtable", `vtable of ${showType(ty)} as dyn ${trait}`).base;
      this.vtables.set(key, a);
      this.vtableTypes.set(a, { ty, trait });
    }
    return a;
  }

  /** The concrete type behind a vtable address. */
  vtableType(addr: number): RType {
    const v = this.vtableTypes.get(addr);
    if (!v) {
      throw new Unsupported(`a trait object whose vtable (0x${addr.toString(16)}) was not made by the interpreter`);
    }
    return v.ty;
  }

  /** Metadata for an unsizing coercion from pointee `src` to pointee `dst`. */
  unsizeMeta(src: RType, dst: RType): number {
    if (src.k === "array" && dst.k === "slice") return src.len;
    if (dst.k === "dyn") {
      if (src.k === "dyn") throw new InternalError("dyn-to-dyn coercions keep their metadata");
      return this.vtable(src, dst.traits[0] ?? "");
    }
    if (src.k === "adt" && dst.k === "adt" && src.def === dst.def) {
      // A struct whose last field is unsized by the coercion.
      const i = src.args.findIndex((a, k) => a !== dst.args[k]);
      if (i >= 0) return this.unsizeMeta(src.args[i], dst.args[i]);
    }
    throw new Unsupported(`unsizing ${showType(src)} to ${showType(dst)}`);
  }

  /** The pointees of two smart pointer types being unsized (`Box<T>` → `Box<dyn Tr>`). */
  smartPointerPointees(from: RType, to: RType): [RType, RType] {
    if (from.k === "adt" && to.k === "adt" && from.args.length && to.args.length) return [from.args[0], to.args[0]];
    throw new Unsupported(`unsizing coercion from ${showType(from)} to ${showType(to)}`);
  }

  /** The address of a fn pointer to fn item or non-capturing closure type `ty`. */
  fnPointerFor(ty: RType, inst: Instance): number {
    void inst;
    let a = this.fnPtrs.get(ty.key);
    if (a !== undefined) return a;
    const m = this.m;
    let target: FnTarget;
    if (ty.k === "fnDef") {
      const callee = resolvePath(m, undefined, fnDefPath(m, ty), [], m.tt.unit, undefined, undefined);
      target = callee.k === "inst"
        ? { k: "inst", inst: callee.inst }
        : { k: "call", call: (mm, f, k, args) => invoke(mm, f, k, callee, args) };
    } else if (ty.k === "closure") {
      const info = m.prog.fnInfos.get(ty.def.body);
      if (!info) throw new InternalError(`closure body ${ty.def.body}`);
      const env = new Map(ty.def.params.map((p, i) => [p, ty.args[i]] as [string, RType]));
      const callee = m.instance(info, env);
      const selfByRef = callee.locals[1]?.ty.k === "ref";
      target = {
        k: "call",
        call: (mm, f, k, args) => {
          const g = mm.enterWithArgs(callee, f, Ret.Callback, 0, [selfByRef ? 1 : undefined, ...args]);
          g.retFn = k;
          return PENDING;
        },
      };
    } else throw new Unsupported(`a fn pointer to ${showType(ty)}`);
    a = m.mem.alloc(1, 1, "fn", `fn ${showType(ty)}`).base;
    this.fnPtrs.set(ty.key, a);
    this.targets.set(a, target);
    return a;
  }

  /** What the fn pointer at `addr` calls. */
  fnTarget(addr: number): FnTarget | undefined {
    return this.targets.get(addr);
  }

  /** Registers a fn pointer for a native function (e.g. a libc function used as a callback). */
  nativeFnPointer(name: string, target: FnTarget): number {
    let a = this.fnPtrs.get(`native:${name}`);
    if (a === undefined) {
      a = this.m.mem.alloc(1, 1, "fn", `fn ${name}`).base;
      this.fnPtrs.set(`native:${name}`, a);
      this.targets.set(a, target);
    }
    return a;
  }
}
