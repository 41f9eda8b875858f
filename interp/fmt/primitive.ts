/** One entry point formatting any primitive value with any formatting trait it implements. */

import { charDebug, strDebug } from "./escape.ts";
import { FloatType, formatFloat } from "./float.ts";
import { formatInt, IntType } from "./int.ts";
import { formatPointer, PointerMetadata } from "./pointer.ts";
import type { FormatSpec } from "./spec.ts";
import { boolDisplay, charDisplay, strDisplay, unitDebug } from "./text.ts";

/** A formatting trait, named after the `Argument::new_*` constructor that selects it. */
export type FmtTrait =
  | "display"
  | "debug"
  | "lowerHex"
  | "upperHex"
  | "octal"
  | "binary"
  | "lowerExp"
  | "upperExp"
  | "pointer";

/** A primitive value tagged with its Rust type. */
export type Primitive =
  | { ty: IntType; value: number | bigint }
  | { ty: FloatType; value: number }
  | { ty: "bool"; value: boolean }
  | { ty: "char"; value: string | number }
  | { ty: "str"; value: string }
  | { ty: "unit" }
  | { ty: "ptr"; value: number | bigint; metadata?: PointerMetadata };

const INT_TYPES = new Set(["i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"]);

/** The `Argument::new_*` constructor suffix (`display`, `lower_hex`, …) as an `FmtTrait`. */
export function traitFromConstructor(name: string): FmtTrait {
  const t = (
    {
      new_display: "display",
      new_debug: "debug",
      new_lower_hex: "lowerHex",
      new_upper_hex: "upperHex",
      new_octal: "octal",
      new_binary: "binary",
      new_lower_exp: "lowerExp",
      new_upper_exp: "upperExp",
      new_pointer: "pointer",
    } as Record<string, FmtTrait>
  )[name];
  if (t === undefined) throw new TypeError(`${name} is not a formatting Argument constructor`);
  return t;
}

/** Formats `p` as `<T as Trait>::fmt` does; throws a TypeError if T does not implement Trait. */
export function formatPrimitive(p: Primitive, trait: FmtTrait, spec: FormatSpec): string {
  const unsupported = () => new TypeError(`${p.ty} does not implement the ${trait} formatting trait`);
  if (INT_TYPES.has(p.ty)) {
    const q = p as { ty: IntType; value: number | bigint };
    if (trait === "pointer") throw unsupported();
    return formatInt(q.value, q.ty, trait, spec);
  }
  switch (p.ty) {
    case "f32":
    case "f64":
      if (trait === "display" || trait === "debug" || trait === "lowerExp" || trait === "upperExp") {
        return formatFloat(p.value, p.ty, trait, spec);
      }
      throw unsupported();
    case "bool":
      if (trait === "display" || trait === "debug") return boolDisplay(p.value, spec);
      throw unsupported();
    case "char":
      if (trait === "display") return charDisplay(p.value, spec);
      if (trait === "debug") return charDebug(p.value);
      throw unsupported();
    case "str":
      if (trait === "display") return strDisplay(p.value, spec);
      if (trait === "debug") return strDebug(p.value);
      throw unsupported();
    case "unit":
      if (trait === "debug") return unitDebug(spec);
      throw unsupported();
    case "ptr":
      if (trait === "pointer" || trait === "debug") return formatPointer(p.value, spec, p.metadata);
      throw unsupported();
  }
  throw unsupported();
}
