/**
 * Runtime types: fully resolved, interned type objects (one object per distinct type, so types
 * compare with `===`), each carrying its layout once computed.
 */

import type { Layout } from "./layout.ts";

/** Integer type names. */
export type IntName = "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize";

/** A field of an ADT variant: its name and its type, possibly mentioning the ADT's generic params. */
export interface FieldDef {
  name: string;
  ty: RType;
}

/** A variant (structs and unions have exactly one). */
export interface VariantDef {
  name: string;
  fields: FieldDef[];
  /** Explicit or implicit discriminant value. */
  discr: bigint;
  style: "unit" | "tuple" | "struct";
}

/** An algebraic data type definition (user-defined or modelled from std). */
export interface AdtDef {
  kind: "struct" | "enum" | "union";
  /** Display name as rustc prints it in messages and `type_name` (e.g. `Pair`, `Option`). */
  name: string;
  /** Full path for diagnostics, e.g. `outer::inner::Counter` or `std::option::Option`. */
  path: string;
  params: string[];
  variants: VariantDef[];
  repr: { c: boolean; transparent: boolean; packed?: number; align?: number; int?: IntName };
  /** True for types of the interpreted crate. */
  user: boolean;
  /**
   * Valid range of a scalar newtype (`rustc_layout_scalar_valid_range_*`), e.g. NonNull's
   * non-null pointer or OwnedFd's `0..=0xFFFF_FFFE`; gives the type a niche.
   */
  validRange?: { start: bigint; end: bigint };
  /** A unique id for interning keys. */
  id: number;
}

/** A closure type: its defining span (its identity), captured variable types and kind. */
export interface ClosureDef {
  /** `file:l:c: l:c` of the closure expression. */
  key: string;
  /** MIR path of the closure body, e.g. `main::{closure#0}`. */
  body: string;
  /** Capture types as written in the defining body (may mention the parent's generic params). */
  upvars: RType[];
  /** The parent body's generic parameter names, which `upvars` may mention; closure types' args match them. */
  params: string[];
  /** `Fn`, `FnMut` or `FnOnce`, from the closure kind rustc records. */
  kind: "Fn" | "FnMut" | "FnOnce";
  id: number;
}

/** A resolved runtime type. */
export type RType =
  | { k: "int"; name: IntName; signed: boolean; bits: 8 | 16 | 32 | 64 | 128; key: string; layout?: Layout }
  | { k: "float"; bits: 32 | 64; key: string; layout?: Layout }
  | { k: "bool"; key: string; layout?: Layout }
  | { k: "char"; key: string; layout?: Layout }
  | { k: "str"; key: string; layout?: Layout }
  | { k: "never"; key: string; layout?: Layout }
  | { k: "tuple"; elems: RType[]; key: string; layout?: Layout }
  | { k: "array"; elem: RType; len: number; lenParam?: string; key: string; layout?: Layout }
  | { k: "slice"; elem: RType; key: string; layout?: Layout }
  | { k: "ref"; to: RType; mut: boolean; key: string; layout?: Layout }
  | { k: "ptr"; to: RType; mut: boolean; key: string; layout?: Layout }
  | { k: "adt"; def: AdtDef; args: RType[]; key: string; layout?: Layout }
  | { k: "fnDef"; fn: string; args: RType[]; key: string; layout?: Layout }
  | { k: "fnPtr"; inputs: RType[]; output: RType; key: string; layout?: Layout }
  | { k: "closure"; def: ClosureDef; args: RType[]; key: string; layout?: Layout }
  | { k: "dyn"; traits: string[]; key: string; layout?: Layout }
  | { k: "param"; name: string; key: string; layout?: Layout }
  /** A const generic argument's value (bound to a const parameter in a substitution). */
  | { k: "const"; value: bigint; key: string; layout?: Layout };

/** Distributes `Omit` over the union so each member keeps its own fields. */
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A type description before interning. */
export type TypeShape = DistributiveOmit<RType, "key" | "layout">;

const INT_BITS: Record<IntName, 8 | 16 | 32 | 64 | 128> = {
  i8: 8,
  i16: 16,
  i32: 32,
  i64: 64,
  i128: 128,
  isize: 64,
  u8: 8,
  u16: 16,
  u32: 32,
  u64: 64,
  u128: 128,
  usize: 64,
};

/** True if `s` names an integer type. */
export function isIntName(s: string): s is IntName {
  return s in INT_BITS;
}

/** Interns types so that equal types are the same object. */
export class TypeTable {
  private map = new Map<string, RType>();
  private nextId = 1;

  readonly bool = this.intern({ k: "bool" });
  readonly char = this.intern({ k: "char" });
  readonly str = this.intern({ k: "str" });
  readonly never = this.intern({ k: "never" });
  readonly unit = this.intern({ k: "tuple", elems: [] });
  readonly f32 = this.intern({ k: "float", bits: 32 });
  readonly f64 = this.intern({ k: "float", bits: 64 });
  readonly u8 = this.int("u8");
  readonly i32 = this.int("i32");
  readonly u32 = this.int("u32");
  readonly u64 = this.int("u64");
  readonly i64 = this.int("i64");
  readonly usize = this.int("usize");
  readonly isize = this.int("isize");

  /** A fresh id for ADT and closure definitions. */
  newId(): number {
    return this.nextId++;
  }

  /** The integer type `name`. */
  int(name: IntName): RType {
    return this.intern({ k: "int", name, signed: name[0] === "i", bits: INT_BITS[name] });
  }

  /** The unique type object for `shape`. */
  intern(shape: TypeShape): RType {
    const key = keyOf(shape);
    let t = this.map.get(key);
    if (!t) {
      t = { ...shape, key } as RType;
      this.map.set(key, t);
    }
    return t;
  }

  // Memo tables by element identity (types are interned): the hot paths of shims build `&T`,
  // `&mut T` and `(T,)` for the same T over and over.
  private refMemo = [new WeakMap<RType, RType>(), new WeakMap<RType, RType>()];
  private tuple1Memo = new WeakMap<RType, RType>();

  ref(to: RType, mut = false): RType {
    const memo = this.refMemo[mut ? 1 : 0];
    let t = memo.get(to);
    if (!t) memo.set(to, t = this.intern({ k: "ref", to, mut }));
    return t;
  }
  ptr(to: RType, mut = false): RType {
    return this.intern({ k: "ptr", to, mut });
  }
  tuple(elems: RType[]): RType {
    if (elems.length === 1) {
      let t = this.tuple1Memo.get(elems[0]);
      if (!t) this.tuple1Memo.set(elems[0], t = this.intern({ k: "tuple", elems }));
      return t;
    }
    return this.intern({ k: "tuple", elems });
  }
  array(elem: RType, len: number): RType {
    return this.intern({ k: "array", elem, len });
  }
  slice(elem: RType): RType {
    return this.intern({ k: "slice", elem });
  }
  adt(def: AdtDef, args: RType[]): RType {
    return this.intern({ k: "adt", def, args });
  }
  param(name: string): RType {
    return this.intern({ k: "param", name });
  }
  constVal(value: bigint): RType {
    return this.intern({ k: "const", value });
  }

  /** Replaces generic parameters in `t` by `env[name]` (parameters not in `env` stay). */
  subst(t: RType, env: ReadonlyMap<string, RType>): RType {
    if (env.size === 0 || !mentionsParam(t)) return t;
    switch (t.k) {
      case "param":
        return env.get(t.name) ?? t;
      case "tuple":
        return this.tuple(t.elems.map((e) => this.subst(e, env)));
      case "array": {
        const elem = this.subst(t.elem, env);
        if (t.lenParam !== undefined) {
          const v = env.get(t.lenParam);
          if (v?.k === "const") return this.array(elem, Number(v.value));
          return this.intern({ k: "array", elem, len: 0, lenParam: t.lenParam });
        }
        return this.array(elem, t.len);
      }
      case "slice":
        return this.slice(this.subst(t.elem, env));
      case "ref":
        return this.ref(this.subst(t.to, env), t.mut);
      case "ptr":
        return this.ptr(this.subst(t.to, env), t.mut);
      case "adt":
        return this.adt(t.def, t.args.map((a) => this.subst(a, env)));
      case "fnDef":
        return this.intern({ k: "fnDef", fn: t.fn, args: t.args.map((a) => this.subst(a, env)) });
      case "fnPtr":
        return this.intern({
          k: "fnPtr",
          inputs: t.inputs.map((a) => this.subst(a, env)),
          output: this.subst(t.output, env),
        });
      case "closure":
        return this.intern({ k: "closure", def: t.def, args: t.args.map((a) => this.subst(a, env)) });
      default:
        return t;
    }
  }
}

const paramCache = new WeakMap<RType, boolean>();

/** True if `t` mentions a generic parameter anywhere. */
export function mentionsParam(t: RType): boolean {
  const c = paramCache.get(t);
  if (c !== undefined) return c;
  let r: boolean;
  switch (t.k) {
    case "param":
      r = true;
      break;
    case "tuple":
      r = t.elems.some(mentionsParam);
      break;
    case "array":
      r = t.lenParam !== undefined || mentionsParam(t.elem);
      break;
    case "slice":
      r = mentionsParam(t.elem);
      break;
    case "ref":
    case "ptr":
      r = mentionsParam(t.to);
      break;
    case "adt":
    case "fnDef":
    case "closure":
      r = t.args.some(mentionsParam);
      break;
    case "fnPtr":
      r = t.inputs.some(mentionsParam) || mentionsParam(t.output);
      break;
    default:
      r = false;
  }
  paramCache.set(t, r);
  return r;
}

function keyOf(s: TypeShape): string {
  switch (s.k) {
    case "int":
      return s.name;
    case "float":
      return `f${s.bits}`;
    case "bool":
    case "char":
    case "str":
      return s.k;
    case "never":
      return "!";
    case "tuple":
      return `(${s.elems.map((e) => e.key).join(",")}${s.elems.length === 1 ? "," : ""})`;
    case "array":
      return `[${s.elem.key};${s.lenParam ?? s.len}]`;
    case "slice":
      return `[${s.elem.key}]`;
    case "ref":
      return `&${s.mut ? "mut " : ""}${s.to.key}`;
    case "ptr":
      return `*${s.mut ? "mut" : "const"} ${s.to.key}`;
    case "adt":
      return `${s.def.path}#${s.def.id}${s.args.length ? `<${s.args.map((a) => a.key).join(",")}>` : ""}`;
    case "fnDef":
      return `fn{${s.fn}}<${s.args.map((a) => a.key).join(",")}>`;
    case "fnPtr":
      return `fn(${s.inputs.map((a) => a.key).join(",")})->${s.output.key}`;
    case "closure":
      return `{closure@${s.def.key}#${s.def.id}}<${s.args.map((a) => a.key).join(",")}>`;
    case "dyn":
      return `dyn ${s.traits.join("+")}`;
    case "param":
      return `%${s.name}`;
    case "const":
      return `#${s.value}`;
  }
}

/** The type as Rust prints it (`std::any::type_name`-like, for messages). */
export function showType(t: RType): string {
  switch (t.k) {
    case "int":
      return t.name;
    case "float":
      return `f${t.bits}`;
    case "bool":
    case "char":
    case "str":
      return t.k;
    case "never":
      return "!";
    case "tuple":
      return t.elems.length === 1 ? `(${showType(t.elems[0])},)` : `(${t.elems.map(showType).join(", ")})`;
    case "array":
      return `[${showType(t.elem)}; ${t.len}]`;
    case "slice":
      return `[${showType(t.elem)}]`;
    case "ref":
      return `&${t.mut ? "mut " : ""}${showType(t.to)}`;
    case "ptr":
      return `*${t.mut ? "mut" : "const"} ${showType(t.to)}`;
    case "adt":
      return t.args.length ? `${t.def.name}<${t.args.map(showType).join(", ")}>` : t.def.name;
    case "fnDef":
      return `fn item ${t.fn}`;
    case "fnPtr":
      return `fn(${t.inputs.map(showType).join(", ")}) -> ${showType(t.output)}`;
    case "closure":
      return `{closure@${t.def.key}}`;
    case "dyn":
      return `dyn ${t.traits.join(" + ")}`;
    case "param":
      return t.name;
    case "const":
      return String(t.value);
  }
}

/** True for types whose pointers are fat (slices, str, trait objects). */
export function isUnsized(t: RType): boolean {
  return t.k === "slice" || t.k === "str" || t.k === "dyn";
}

/** True for reference and raw pointer types. */
export function isPointer(t: RType): t is Extract<RType, { k: "ref" | "ptr" }> {
  return t.k === "ref" || t.k === "ptr";
}
