/** Helpers shared by shim families: binding conventions, field access, Option/Result values. */

import { InternalError } from "../errors.ts";
import type { Frame, NativeFrame } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import type { BoundShim, ShimFactory, ShimSite } from "./api.ts";

/** Any frame a shim receives. */
export type AnyFrame = Frame | NativeFrame;

// deno-lint-ignore no-explicit-any
type Fn = (...args: any[]) => any;

/** A shim that returns its result: `fn(m, f, ...args)`. */
export function value(fn: Fn): ShimFactory {
  const b: BoundShim = { fn, mode: "value" };
  return () => b;
}

/** A shim that writes a memory result at `dst`: `fn(m, f, dst, ...args)`. */
export function dst(fn: Fn): ShimFactory {
  const b: BoundShim = { fn, mode: "dst" };
  return () => b;
}

/** A shim that may block or call MIR: `fn(m, f, k, ...args)`. */
export function cont(fn: Fn): ShimFactory {
  const b: BoundShim = { fn, mode: "cont" };
  return () => b;
}

/** A shim built per call site; the mode follows the return type unless given. */
export function site(make: (s: ShimSite, m: Machine) => Fn | undefined, mode?: BoundShim["mode"]): ShimFactory {
  return (s, m) => {
    const fn = make(s, m as Machine);
    if (!fn) return undefined;
    return { fn, mode: mode ?? retMode(m as Machine, s.retTy) };
  };
}

/** `"dst"` for memory-represented return types, else `"value"`. */
export function retMode(m: Machine, t: RType): "value" | "dst" {
  return layoutOf(t, m.tt).repr === "memory" ? "dst" : "value";
}

/** Offset of the field called `name` of a struct type (variant 0). */
export function fieldOffset(m: Machine, t: RType, name: string): number {
  if (t.k !== "adt") throw new InternalError(`field ${name} of a non-ADT`);
  const i = t.def.variants[0].fields.findIndex((f) => f.name === name);
  if (i < 0) throw new InternalError(`no field ${name} in ${t.def.path}`);
  return layoutOf(t, m.tt).variants[0].fields[i].offset;
}

/** The type of field `name` of a struct type (substituted). */
export function fieldType(m: Machine, t: RType, name: string): RType {
  if (t.k !== "adt") throw new InternalError(`field ${name} of a non-ADT`);
  const i = t.def.variants[0].fields.findIndex((f) => f.name === name);
  return layoutOf(t, m.tt).variants[0].fields[i].ty;
}

/** Size in bytes of a type. */
export function sizeOf(m: Machine, t: RType): number {
  return layoutOf(t, m.tt).size;
}

/** Alignment of a type. */
export function alignOf(m: Machine, t: RType): number {
  return layoutOf(t, m.tt).align;
}

/** The std ADT type `path<args>`. */
export function stdType(m: Machine, path: string, args: RType[] = []): RType {
  const def = m.prog.stdAdtByPath(path);
  if (!def) throw new InternalError(`std type ${path} is not modelled`);
  const filled = [...args];
  while (filled.length < def.params.length) filled.push(m.tt.adt(m.prog.stdAdtByPath("std::alloc::Global")!, []));
  return m.tt.adt(def, filled);
}

/** Writes variant `variant` of enum type `t` at `dst`, with payload `fields` (value convention). */
export function writeVariant(m: Machine, t: RType, dst: number, variant: number, fields: unknown[]): void {
  const l = layoutOf(t, m.tt);
  const vl = l.variants[variant];
  fields.forEach((v, i) => m.storeValue(dst + vl.fields[i].offset, vl.fields[i].ty, v));
  m.setVariant(t, dst, variant);
}

/** Writes `Some(v)` or `None` of Option type `t` at `dst`. */
export function writeOption(m: Machine, t: RType, dst: number, v: unknown, some: boolean): void {
  writeVariant(m, t, dst, some ? 1 : 0, some ? [v] : []);
}

/** Writes `Ok(v)` (variant 0) or `Err(v)` (variant 1) of Result type `t` at `dst`. */
export function writeResult(m: Machine, t: RType, dst: number, ok: boolean, v: unknown): void {
  writeVariant(m, t, dst, ok ? 0 : 1, [v]);
}

/** Reads an Option at `addr`: undefined for None, else the payload (value convention). */
export function readOption(m: Machine, t: RType, addr: number): { some: boolean; value: unknown } {
  const v = m.variantOf(t, addr);
  if (v === 0) return { some: false, value: undefined };
  const fl = layoutOf(t, m.tt).variants[1].fields[0];
  return { some: true, value: m.loadValue(addr + fl.offset, fl.ty) };
}

/** Reads a Result at `addr`. */
export function readResult(
  m: Machine,
  t: RType,
  addr: number,
): { ok: boolean; value: unknown; addr: number; ty: RType } {
  const v = m.variantOf(t, addr);
  const fl = layoutOf(t, m.tt).variants[v].fields[0];
  return { ok: v === 0, value: m.loadValue(addr + fl.offset, fl.ty), addr: addr + fl.offset, ty: fl.ty };
}

/** The payload type of an Option/Result-like ADT's variant. */
export function variantField(m: Machine, t: RType, variant: number, field = 0): { offset: number; ty: RType } {
  const fl = layoutOf(t, m.tt).variants[variant].fields[field];
  return { offset: fl.offset, ty: fl.ty };
}

/** Decodes `len` bytes at `addr` as UTF-8. */
export function readStr(m: Machine, p: FatPtr): string {
  return m.mem.readUtf8(p.p, p.m);
}

/** A heap allocation (Box, Vec buffers); returns its address. Zero-size requests get a dangling pointer. */
export function heapAlloc(m: Machine, size: number, align: number, label: string): number {
  if (size === 0) return align;
  return m.mem.alloc(size, align, "heap", label).base;
}

/** Frees a heap allocation made by `heapAlloc` (dangling zero-size pointers are ignored). */
export function heapFree(m: Machine, addr: number, size: number): void {
  if (size === 0 || addr < 1 << 24) return;
  m.mem.free(addr, "heap");
}

/** Converts a canonical usize/isize to a JS number (values used as sizes and indices). */
export function num(v: unknown): number {
  return typeof v === "bigint" ? Number(v) : (v as number);
}

/** A fat pointer value. */
export function fat(p: number, len: number): FatPtr {
  return new FatPtr(p, len);
}
