/**
 * `{:p}` (`fmt::Pointer`) and the Debug of raw pointers as in Rust 1.95: thin pointers print
 * `0x` + hex address; pointers with metadata print `Pointer { addr: .., metadata: .. }`.
 */

import { DebugStruct, DebugTuple, StringWriter } from "./builders.ts";
import { intDebug, intRadix } from "./int.ts";
import type { FormatSpec } from "./spec.ts";

/**
 * `pointer_fmt_inner`: the address as `{:#x}` of a usize; under `#` it is also zero-padded
 * to width 18 (`0x` + 16 digits) unless a width is given.
 */
export function pointerThin(addr: number | bigint, spec: FormatSpec): string {
  let s = spec;
  if (spec.alternate) s = { ...s, zeroPad: true, width: spec.width ?? 18 };
  return intRadix(addr, "usize", 16, false, { ...s, alternate: true });
}

/** The metadata of a wide pointer: a slice/str length, or a trait object's vtable address. */
export type PointerMetadata = { len: number | bigint } | { vtable: number | bigint };

/**
 * `<*const T as Pointer>` (also `{:p}` of references and `{:?}` of raw pointers). With metadata:
 * `Pointer { addr: 0x…, metadata: 3 }` or `metadata: DynMetadata(0x…)`, pretty under `#`.
 */
export function formatPointer(addr: number | bigint, spec: FormatSpec, metadata?: PointerMetadata): string {
  if (metadata === undefined) return pointerThin(addr, spec);
  const w = new StringWriter();
  const b = new DebugStruct(w, "Pointer", spec.alternate);
  b.fieldWith("addr", (f) => f.write(pointerThin(addr, spec)));
  b.fieldWith("metadata", (f) => {
    if ("len" in metadata) {
      f.write(intDebug(metadata.len, "usize", spec));
    } else {
      const t = new DebugTuple(f, "DynMetadata", spec.alternate);
      t.fieldWith((g) => g.write(pointerThin(metadata.vtable, spec)));
      t.finish();
    }
  });
  b.finish();
  return w.text;
}
