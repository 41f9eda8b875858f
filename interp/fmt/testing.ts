/** Helpers for the fmt tests: reading the generated expectation tables. */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FloatType } from "./float.ts";
import type { IntType } from "./int.ts";
import type { FmtTrait, Primitive } from "./primitive.ts";
import { makeSpec } from "./spec.ts";
import type { Align, FormatSpec } from "./spec.ts";

/** Parses the JSON lines of `testdata/<name>`. */
export function readJsonl<T>(name: string): T[] {
  const path = fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
  return readFileSync(path, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as T);
}

/** A value as the Rust generators write it (`{"ty": …, "v" | "bits" | "len" | "vtable": …}`). */
export interface ValueRepr {
  /** Rust type: an integer or float type, `bool`, `char`, `str`, `unit` or `ptr`. */
  ty: string;
  /** Integer (decimal string), bool, char code point, str, or pointer address (decimal string). */
  v?: string | number | boolean;
  /** Float bit pattern in hex. */
  bits?: string;
  /** Slice pointer length (decimal string). */
  len?: string;
  /** Trait object vtable address (decimal string). */
  vtable?: string;
}

/** The float a hex bit pattern stands for. */
export function floatFromBits(ty: FloatType, bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  if (ty === "f32") {
    view.setUint32(0, parseInt(bits, 16));
    return view.getFloat32(0);
  }
  view.setBigUint64(0, BigInt("0x" + bits));
  return view.getFloat64(0);
}

/** Converts a generator's value description into a `Primitive`. */
export function primitiveFromRepr(r: ValueRepr): Primitive {
  switch (r.ty) {
    case "f32":
    case "f64":
      return { ty: r.ty, value: floatFromBits(r.ty, r.bits!) };
    case "bool":
      return { ty: "bool", value: r.v as boolean };
    case "char":
      return { ty: "char", value: r.v as number };
    case "str":
      return { ty: "str", value: r.v as string };
    case "unit":
      return { ty: "unit" };
    case "ptr":
      return {
        ty: "ptr",
        value: BigInt(r.v as string),
        metadata: r.len !== undefined
          ? { len: BigInt(r.len) }
          : r.vtable !== undefined
          ? { vtable: BigInt(r.vtable) }
          : undefined,
      };
    default:
      return { ty: r.ty as IntType, value: BigInt(r.v as string) };
  }
}

const TRAITS: Record<string, FmtTrait> = {
  "": "display",
  "?": "debug",
  "x": "lowerHex",
  "X": "upperHex",
  "o": "octal",
  "b": "binary",
  "e": "lowerExp",
  "E": "upperExp",
  "p": "pointer",
};

/**
 * Parses a single-placeholder format string such as `{:*^+#010.3x?}` (literal width and precision
 * only) into the trait it selects and its spec.
 */
export function parseFormatString(f: string): { trait: FmtTrait; spec: FormatSpec } {
  const m = /^\{:?(.*)\}$/su.exec(f);
  if (!m) throw new Error(`not a single placeholder: ${f}`);
  const chars = [...m[1]];
  let i = 0;
  const spec = makeSpec();
  const alignOf = (c: string | undefined): Align | undefined =>
    c === "<" ? "left" : c === ">" ? "right" : c === "^" ? "center" : undefined;
  if (chars.length > 1 && alignOf(chars[1])) {
    spec.fill = chars[0];
    spec.align = alignOf(chars[1])!;
    i = 2;
  } else if (alignOf(chars[0])) {
    spec.align = alignOf(chars[0])!;
    i = 1;
  }
  if (chars[i] === "+" || chars[i] === "-") spec.sign = chars[i++] as "+" | "-";
  if (chars[i] === "#") {
    spec.alternate = true;
    i++;
  }
  if (chars[i] === "0") {
    spec.zeroPad = true;
    i++;
  }
  const num = () => {
    let s = "";
    while (i < chars.length && chars[i] >= "0" && chars[i] <= "9") s += chars[i++];
    return s === "" ? undefined : Number(s);
  };
  spec.width = num();
  if (chars[i] === ".") {
    i++;
    spec.precision = num();
  }
  let ty = chars.slice(i).join("");
  if (ty === "x?" || ty === "X?") {
    spec.debugHex = ty === "x?" ? "lower" : "upper";
    ty = "?";
  }
  const trait = TRAITS[ty];
  if (trait === undefined) throw new Error(`unsupported format type ${JSON.stringify(ty)} in ${f}`);
  return { trait, spec };
}
