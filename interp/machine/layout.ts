/**
 * Memory layouts of runtime types, following rustc's algorithm closely enough that sizes,
 * alignments and niches match (`size_of::<Option<&u8>>() == 8`), and exactly for `repr(C)` and
 * `repr(C, packed)` structs, whose offsets libc reads (`pollfd`, `iovec`, `epoll_event`).
 */

import { InternalError } from "../errors.ts";
import type { IntName, RType, TypeTable } from "./types.ts";
import { isUnsized } from "./types.ts";

/** A field's offset and (substituted) type. */
export interface FieldLayout {
  offset: number;
  ty: RType;
}

/** The fields of one variant (structs, tuples and closures have one). */
export interface VariantLayout {
  fields: FieldLayout[];
}

/** How an enum stores which variant it holds. */
export type TagEncoding =
  | { k: "none" }
  /** The tag field holds the variant's discriminant (`values[variant]`). */
  | { k: "direct"; offset: number; int: IntName; values: bigint[] }
  /**
   * Variants `first..=last` other than `dataful` are encoded as `start + (v - first)` (wrapping) in
   * the niche scalar at `offset`; any value outside that range means `dataful`.
   */
  | { k: "niche"; offset: number; int: IntName; dataful: number; first: number; last: number; start: bigint };

/** A scalar with invalid values that an enclosing enum can use for its tag. */
export interface Niche {
  offset: number;
  int: IntName;
  /** Valid range, inclusive, possibly wrapping (start > end). */
  start: bigint;
  end: bigint;
}

/** How values of a type are held outside memory. */
export type Repr =
  | "zst"
  /** One JS value: integer, float, bool, char, thin pointer, fn pointer. */
  | "scalar"
  /** A fat pointer: data address plus metadata. */
  | "pair"
  /** Lives in memory only. */
  | "memory"
  /** Unsized (str, slices, trait objects): only behind pointers. */
  | "unsized";

/** The layout of a type. */
export interface Layout {
  size: number;
  align: number;
  variants: VariantLayout[];
  tag: TagEncoding;
  niche?: Niche;
  repr: Repr;
}

const M = (bits: number) => (1n << BigInt(bits)) - 1n;
const INT_SIZE: Record<IntName, number> = {
  i8: 1,
  u8: 1,
  i16: 2,
  u16: 2,
  i32: 4,
  u32: 4,
  i64: 8,
  u64: 8,
  isize: 8,
  usize: 8,
  i128: 16,
  u128: 16,
};

/** Size in bytes of an integer type. */
export function intSize(name: IntName): number {
  return INT_SIZE[name];
}

function scalar(size: number, niche?: Niche): Layout {
  return { size, align: size, variants: [{ fields: [] }], tag: { k: "none" }, niche, repr: "scalar" };
}

/** Computes (and caches on the type) the layout of `t`. */
export function layoutOf(t: RType, tt: TypeTable): Layout {
  if (t.layout) return t.layout;
  const l = compute(t, tt);
  t.layout = l;
  return l;
}

/** The layout of a pointer to `to`: thin (8 bytes) for sized pointees, fat (16) otherwise. */
function pointerLayout(to: RType, nonNull: boolean): Layout {
  const niche: Niche | undefined = nonNull ? { offset: 0, int: "usize", start: 1n, end: M(64) } : undefined;
  if (isUnsized(to)) {
    return {
      size: 16,
      align: 8,
      variants: [{ fields: [] }],
      tag: { k: "none" },
      niche,
      repr: "pair",
    };
  }
  return scalar(8, niche);
}

function compute(t: RType, tt: TypeTable): Layout {
  switch (t.k) {
    case "int":
      return scalar(INT_SIZE[t.name]);
    case "float":
      return scalar(t.bits / 8);
    case "bool":
      return scalar(1, { offset: 0, int: "u8", start: 0n, end: 1n });
    case "char":
      return scalar(4, { offset: 0, int: "u32", start: 0n, end: 0x10ffffn });
    case "never":
      return { size: 0, align: 1, variants: [], tag: { k: "none" }, repr: "zst" };
    case "str":
    case "slice":
    case "dyn":
      return {
        size: 0,
        align: t.k === "slice" ? layoutOf(t.elem, tt).align : 1,
        variants: [],
        tag: { k: "none" },
        repr: "unsized",
      };
    case "ref":
      return pointerLayout(t.to, true);
    case "ptr":
      return pointerLayout(t.to, false);
    case "fnPtr":
      return scalar(8, { offset: 0, int: "usize", start: 1n, end: M(64) });
    case "fnDef":
      return zst();
    case "param":
      throw new InternalError(`layout of unsubstituted generic parameter ${t.name}`);
    case "const":
      throw new InternalError(`layout of a const generic argument (${t.value})`);
    case "array": {
      const e = layoutOf(t.elem, tt);
      const size = e.size * t.len;
      if (size === 0) return zst(e.align);
      return {
        size,
        align: e.align,
        variants: [{ fields: [] }],
        tag: { k: "none" },
        niche: e.niche && t.len > 0 ? e.niche : undefined,
        repr: "memory",
      };
    }
    case "tuple":
      return univariant(t.elems, tt, { reorder: true });
    case "closure":
      return univariant(t.def.upvars.map((u) => tt.subst(u, envOf(t.def.params, t.args))), tt, { reorder: true });
    case "adt":
      return adtLayout(t, tt);
  }
}

function envOf(params: string[], args: RType[]): Map<string, RType> {
  const env = new Map<string, RType>();
  params.forEach((p, i) => env.set(p, args[i]));
  return env;
}

function zst(align = 1): Layout {
  return { size: 0, align, variants: [{ fields: [] }], tag: { k: "none" }, repr: "zst" };
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

interface UnivariantOpts {
  reorder: boolean;
  /** Bytes reserved at the start (an enum tag) and their alignment. */
  prefix?: { size: number; align: number };
  packed?: number;
  align?: number;
  /** Sort small fields first (enum variants after a tag) rather than large first. */
  ascending?: boolean;
}

/** Lays out fields one after another (reordered by alignment unless `repr(C)`/packed). */
function univariant(fields: RType[], tt: TypeTable, o: UnivariantOpts): Layout {
  const ls = fields.map((f) => layoutOf(f, tt));
  const fieldAlign = (i: number) => (o.packed ? Math.min(o.packed, ls[i].align) : ls[i].align);
  const order = fields.map((_, i) => i);
  if (o.reorder && !o.packed) {
    // Stable sort by alignment: descending for structs, ascending after an enum tag (as rustc).
    order.sort((a, b) => (o.ascending ? fieldAlign(a) - fieldAlign(b) : fieldAlign(b) - fieldAlign(a)) || a - b);
  }
  let offset = o.prefix?.size ?? 0;
  let align = o.prefix?.align ?? 1;
  const offsets = new Array<number>(fields.length);
  let niche: Niche | undefined;
  for (const i of order) {
    const a = fieldAlign(i);
    offset = alignUp(offset, a);
    offsets[i] = offset;
    const fn = ls[i].niche;
    if (fn && (!niche || available(fn) > available(niche))) niche = { ...fn, offset: offset + fn.offset };
    offset += ls[i].size;
    align = Math.max(align, a);
  }
  if (o.align) align = Math.max(align, o.align);
  const size = alignUp(offset, align);
  const repr: Repr = size === 0 ? "zst" : "memory";
  return {
    size,
    align,
    variants: [{ fields: fields.map((ty, i) => ({ offset: offsets[i], ty })) }],
    tag: { k: "none" },
    niche,
    repr,
  };
}

/** Number of invalid values of a niche. */
export function available(n: Niche): bigint {
  const bits = BigInt(INT_SIZE[n.int] * 8);
  const span = ((n.end - n.start) & M(Number(bits))) + 1n;
  return (1n << bits) - span;
}

function smallestInt(min: bigint, max: bigint): IntName {
  if (min >= 0n) {
    if (max <= 0xffn) return "u8";
    if (max <= 0xffffn) return "u16";
    if (max <= 0xffff_ffffn) return "u32";
    return "u64";
  }
  if (min >= -128n && max <= 127n) return "i8";
  if (min >= -32768n && max <= 32767n) return "i16";
  if (min >= -(2n ** 31n) && max < 2n ** 31n) return "i32";
  return "i64";
}

function adtLayout(t: Extract<RType, { k: "adt" }>, tt: TypeTable): Layout {
  const def = t.def;
  const env = envOf(def.params, t.args);
  const variantFields = def.variants.map((v) => v.fields.map((f) => tt.subst(f.ty, env)));
  const reorder = !def.repr.c && !def.repr.packed;
  if (def.kind === "union") {
    let size = 0, align = 1;
    const fields = variantFields[0].map((ty) => {
      const l = layoutOf(ty, tt);
      size = Math.max(size, l.size);
      align = Math.max(align, def.repr.packed ? Math.min(def.repr.packed, l.align) : l.align);
      return { offset: 0, ty };
    });
    if (def.repr.align) align = Math.max(align, def.repr.align);
    size = alignUp(size, align);
    return { size, align, variants: [{ fields }], tag: { k: "none" }, repr: size === 0 ? "zst" : "memory" };
  }
  if (def.kind === "struct") {
    const l = univariant(variantFields[0], tt, { reorder, packed: def.repr.packed, align: def.repr.align });
    if (def.validRange) {
      // A scalar newtype with a restricted valid range (NonNull, OwnedFd, NonZero…).
      const inner = layoutOf(variantFields[0][0], tt);
      const intName: IntName = inner.size === 4 ? "u32" : inner.size === 2 ? "u16" : inner.size === 1 ? "u8" : "usize";
      l.niche = { offset: 0, int: intName, start: def.validRange.start, end: def.validRange.end };
    }
    return l;
  }
  // Enums.
  const n = def.variants.length;
  if (n === 0) return { size: 0, align: 1, variants: [], tag: { k: "none" }, repr: "zst" };
  const explicitTag = def.repr.int !== undefined || def.repr.c;
  if (n === 1 && !explicitTag) {
    return univariant(variantFields[0], tt, { reorder });
  }
  const discrs = def.variants.map((v) => v.discr);
  const min = discrs.reduce((a, b) => (b < a ? b : a));
  const max = discrs.reduce((a, b) => (b > a ? b : a));
  const tagInt: IntName = def.repr.int ?? (def.repr.c ? "i32" : smallestInt(min, max));
  const tagSize = INT_SIZE[tagInt];
  const variantLayouts = variantFields.map((fs) =>
    univariant(fs, tt, { reorder, prefix: { size: tagSize, align: tagSize }, ascending: true })
  );
  let size = 0, align = tagSize;
  for (const vl of variantLayouts) {
    size = Math.max(size, vl.size);
    align = Math.max(align, vl.align);
  }
  size = alignUp(size, align);
  const mask = M(tagSize * 8);
  const tagNiche: Niche = { offset: 0, int: tagInt, start: min & mask, end: max & mask };
  const tagged: Layout = {
    size,
    align,
    variants: variantLayouts.map((vl) => ({ fields: vl.variants[0].fields })),
    tag: { k: "direct", offset: 0, int: tagInt, values: discrs },
    niche: available(tagNiche) > 0n ? tagNiche : undefined,
    repr: "memory",
  };
  if (explicitTag) return tagged;
  const niche = nicheLayout(variantFields, tt, reorder);
  if (niche && niche.size < tagged.size) return niche;
  return tagged;
}

/** The niche-filling layout of an enum, if one applies (one dataful variant, the others ZST). */
function nicheLayout(variantFields: RType[][], tt: TypeTable, reorder: boolean): Layout | undefined {
  const plain = variantFields.map((fs) => univariant(fs, tt, { reorder }));
  let dataful = -1;
  for (let i = 0; i < plain.length; i++) {
    if (plain[i].size > 0) {
      if (dataful >= 0) return undefined;
      dataful = i;
    }
  }
  if (dataful < 0) return undefined;
  const d = plain[dataful];
  if (!d.niche) return undefined;
  let first = -1, last = -1;
  for (let i = 0; i < plain.length; i++) {
    if (i === dataful) continue;
    if (first < 0) first = i;
    last = i;
  }
  const count = BigInt(last - first + 1);
  if (available(d.niche) < count) return undefined;
  const bits = INT_SIZE[d.niche.int] * 8;
  const start = (d.niche.end + 1n) & M(bits);
  // The remaining niche after using `count` values.
  const rest: Niche = { ...d.niche, end: (d.niche.end + count) & M(bits) };
  return {
    size: d.size,
    align: d.align,
    variants: plain.map((p) => ({ fields: p.variants[0].fields })),
    tag: { k: "niche", offset: d.niche.offset, int: d.niche.int, dataful, first, last, start },
    niche: available(rest) > 0n ? rest : undefined,
    repr: "memory",
  };
}
