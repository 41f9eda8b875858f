/**
 * Byte-addressed memory with allocation-level checks.
 *
 * Addresses are plain JS numbers. Every allocation starts at a fresh multiple of 2^24 (a "slot";
 * large allocations span several), so finding the allocation of an address is one array lookup,
 * base addresses are never reused (a use after free is always detected), and one-past-the-end of
 * an allocation never aliases another one. Out-of-bounds, dangling and null accesses raise
 * `UndefinedBehavior`.
 */

import { InterpError, UndefinedBehavior } from "../errors.ts";
import type { IntName } from "./types.ts";

const SLOT = 1 << 24;

/** What an allocation holds, for error messages. */
export type AllocKind = "stack" | "heap" | "static" | "const" | "fn" | "vtable" | "thread-local" | "runtime";

/** One allocation. */
export class Alloc {
  bytes: Uint8Array;
  view: DataView;
  live = true;
  constructor(
    readonly base: number,
    readonly size: number,
    readonly align: number,
    readonly kind: AllocKind,
    readonly label: string,
  ) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
}

/** A fat pointer held outside memory: data address plus metadata (length or vtable address). */
export class FatPtr {
  constructor(readonly p: number, readonly m: number) {}
}

const TWO32 = 4294967296;

/** The program's memory. */
export class Memory {
  private slots: (Alloc | undefined)[] = [undefined]; // slot 0: the null page
  private next = 1;
  /** Bytes in live allocations. */
  liveBytes = 0;

  constructor(readonly limitBytes = 1 << 30) {}

  /** Allocates `size` zeroed bytes; `label` names it in error messages. */
  alloc(size: number, align: number, kind: AllocKind, label: string): Alloc {
    if (this.liveBytes + size > this.limitBytes) {
      throw new InterpError(
        "MemoryLimit",
        `allocation of ${size} bytes (${label}) exceeds the memory limit of ${this.limitBytes} bytes ` +
          `(${this.liveBytes} bytes live)`,
      );
    }
    const slots = Math.max(1, Math.ceil(size / SLOT));
    const base = this.next * SLOT;
    const a = new Alloc(base, size, align, kind, label);
    for (let i = 0; i < slots; i++) this.slots[this.next + i] = a;
    this.next += slots + (size % SLOT === 0 && size > 0 ? 1 : 0);
    this.liveBytes += size;
    return a;
  }

  /** Frees the allocation starting at `addr`; `kind` must match (heap memory freed as heap). */
  free(addr: number, kind?: AllocKind): void {
    const a = this.slots[Math.floor(addr / SLOT)];
    if (!a || a.base !== addr) {
      throw new UndefinedBehavior(`freeing ${hex(addr)}, which is not the start of an allocation`);
    }
    if (!a.live) throw new UndefinedBehavior(`double free of ${a.label} at ${hex(addr)}`);
    if (kind && a.kind !== kind) {
      throw new UndefinedBehavior(`freeing ${a.kind} memory (${a.label}) as ${kind} memory`);
    }
    this.release(a);
  }

  /** Marks `a` dead and drops its bytes (stack frames call this on return). */
  release(a: Alloc): void {
    if (!a.live) return;
    a.live = false;
    this.liveBytes -= a.size;
    a.bytes = EMPTY;
    a.view = EMPTY_VIEW;
  }

  /** The allocation containing `addr`, live or dead, if any. */
  find(addr: number): Alloc | undefined {
    return this.slots[Math.floor(addr / SLOT)];
  }

  /** Checks an access of `len` bytes at `addr` and returns the allocation; throws UB otherwise. */
  check(addr: number, len: number, what: string): Alloc {
    const a = this.slots[Math.floor(addr / SLOT)];
    if (a !== undefined && a.live && addr - a.base + len <= a.size && addr >= a.base) return a;
    if (len === 0 && addr !== 0) return a ?? DUMMY;
    return this.fault(addr, len, what);
  }

  /** Raises the UB error describing a failed access. */
  fault(addr: number, len: number, what: string): never {
    if (typeof addr !== "number" || !Number.isFinite(addr)) {
      throw new UndefinedBehavior(`${what} ${len} bytes through an invalid pointer (${String(addr)})`);
    }
    if (addr === 0) throw new UndefinedBehavior(`null pointer dereference: ${what} ${len} bytes at address 0x0`);
    const a = this.slots[Math.floor(addr / SLOT)];
    if (!a) {
      throw new UndefinedBehavior(
        `${what} ${len} bytes at ${hex(addr)}, which points to no allocation (a dangling or forged pointer)`,
      );
    }
    if (!a.live) {
      throw new UndefinedBehavior(
        `${what} ${len} bytes at ${hex(addr)}: use of a dangling pointer into ${a.label} (${a.size} bytes, ` +
          `${a.kind === "stack" ? "a local whose function has returned" : "already freed"})`,
      );
    }
    throw new UndefinedBehavior(
      `out-of-bounds access: ${what} ${len} bytes at offset ${addr - a.base} of ${a.label}, ` +
        `which is ${a.size} bytes long`,
    );
  }

  // --- raw bytes --------------------------------------------------------------------------------

  /** Copies `len` bytes out of memory. */
  read(addr: number, len: number): Uint8Array {
    if (len === 0) return new Uint8Array(0);
    const a = this.check(addr, len, "reading");
    const off = addr - a.base;
    return a.bytes.slice(off, off + len);
  }

  /** Copies `data` into memory. */
  write(addr: number, data: Uint8Array): void {
    if (data.length === 0) return;
    const a = this.check(addr, data.length, "writing");
    a.bytes.set(data, addr - a.base);
  }

  /** `memmove`: copies `len` bytes from `src` to `dst` (overlap allowed). */
  copy(dst: number, src: number, len: number): void {
    if (len === 0) return;
    const s = this.check(src, len, "reading");
    const d = this.check(dst, len, "writing");
    d.bytes.set(s.bytes.subarray(src - s.base, src - s.base + len), dst - d.base);
  }

  /** Fills `len` bytes at `addr` with `byte`. */
  fill(addr: number, byte: number, len: number): void {
    if (len === 0) return;
    const a = this.check(addr, len, "writing");
    a.bytes.fill(byte, addr - a.base, addr - a.base + len);
  }

  // --- scalars ------------------------------------------------------------------------------------

  readU8(addr: number): number {
    const a = this.check(addr, 1, "reading");
    return a.bytes[addr - a.base];
  }
  writeU8(addr: number, v: number): void {
    const a = this.check(addr, 1, "writing");
    a.bytes[addr - a.base] = v;
  }
  readI8(addr: number): number {
    const a = this.check(addr, 1, "reading");
    return a.view.getInt8(addr - a.base);
  }
  readU16(addr: number): number {
    const a = this.check(addr, 2, "reading");
    return a.view.getUint16(addr - a.base, true);
  }
  readI16(addr: number): number {
    const a = this.check(addr, 2, "reading");
    return a.view.getInt16(addr - a.base, true);
  }
  writeU16(addr: number, v: number): void {
    const a = this.check(addr, 2, "writing");
    a.view.setUint16(addr - a.base, v, true);
  }
  readU32(addr: number): number {
    const a = this.check(addr, 4, "reading");
    return a.view.getUint32(addr - a.base, true);
  }
  readI32(addr: number): number {
    const a = this.check(addr, 4, "reading");
    return a.view.getInt32(addr - a.base, true);
  }
  writeU32(addr: number, v: number): void {
    const a = this.check(addr, 4, "writing");
    a.view.setUint32(addr - a.base, v >>> 0, true);
  }
  /** An unsigned 64-bit value: a number when below 2^53, else a bigint. */
  readU64(addr: number): number | bigint {
    const a = this.check(addr, 8, "reading");
    const off = addr - a.base;
    const lo = a.view.getUint32(off, true), hi = a.view.getUint32(off + 4, true);
    return hi < 0x200000 ? hi * TWO32 + lo : (BigInt(hi) << 32n) | BigInt(lo);
  }
  /** A signed 64-bit value: a number when its magnitude is below 2^53, else a bigint. */
  readI64(addr: number): number | bigint {
    const a = this.check(addr, 8, "reading");
    const off = addr - a.base;
    const lo = a.view.getUint32(off, true), hi = a.view.getInt32(off + 4, true);
    return hi >= -0x200000 && hi < 0x200000 ? hi * TWO32 + lo : (BigInt(hi) << 32n) | BigInt(lo);
  }
  /** Writes a 64-bit integer given as a number or bigint (two's complement). */
  writeU64(addr: number, v: number | bigint): void {
    const a = this.check(addr, 8, "writing");
    const off = addr - a.base;
    if (typeof v === "number") {
      a.view.setUint32(off, v >>> 0, true);
      a.view.setUint32(off + 4, Math.floor(v / TWO32) >>> 0, true);
    } else a.view.setBigUint64(off, BigInt.asUintN(64, v), true);
  }
  /** A pointer-sized value as a number (addresses always fit; larger garbage becomes inexact). */
  readPtr(addr: number): number {
    const v = this.readU64(addr);
    return typeof v === "number" ? v : Number(v);
  }
  writePtr(addr: number, v: number): void {
    this.writeU64(addr, v);
  }
  readU128(addr: number, signed: boolean): number | bigint {
    const a = this.check(addr, 16, "reading");
    const off = addr - a.base;
    const lo = a.view.getBigUint64(off, true), hi = a.view.getBigUint64(off + 8, true);
    let v = (hi << 64n) | lo;
    if (signed) v = BigInt.asIntN(128, v);
    return canon(v);
  }
  writeU128(addr: number, v: number | bigint): void {
    const a = this.check(addr, 16, "writing");
    const off = addr - a.base;
    const b = BigInt.asUintN(128, BigInt(v));
    a.view.setBigUint64(off, b & 0xffff_ffff_ffff_ffffn, true);
    a.view.setBigUint64(off + 8, b >> 64n, true);
  }
  readF32(addr: number): number {
    const a = this.check(addr, 4, "reading");
    return a.view.getFloat32(addr - a.base, true);
  }
  writeF32(addr: number, v: number): void {
    const a = this.check(addr, 4, "writing");
    a.view.setFloat32(addr - a.base, v, true);
  }
  readF64(addr: number): number {
    const a = this.check(addr, 8, "reading");
    return a.view.getFloat64(addr - a.base, true);
  }
  writeF64(addr: number, v: number): void {
    const a = this.check(addr, 8, "writing");
    a.view.setFloat64(addr - a.base, v, true);
  }
  readFat(addr: number): FatPtr {
    return new FatPtr(this.readPtr(addr), this.readPtr(addr + 8));
  }
  writeFat(addr: number, v: FatPtr): void {
    this.writePtr(addr, v.p);
    this.writePtr(addr + 8, v.m);
  }

  /** Reads an integer of type `name` in the canonical representation. */
  readInt(addr: number, name: IntName): number | bigint {
    switch (name) {
      case "u8":
        return this.readU8(addr);
      case "i8":
        return this.readI8(addr);
      case "u16":
        return this.readU16(addr);
      case "i16":
        return this.readI16(addr);
      case "u32":
        return this.readU32(addr);
      case "i32":
        return this.readI32(addr);
      case "u64":
      case "usize":
        return this.readU64(addr);
      case "i64":
      case "isize":
        return this.readI64(addr);
      case "u128":
        return this.readU128(addr, false);
      case "i128":
        return this.readU128(addr, true);
    }
  }

  /** Writes an integer of type `name`. */
  writeInt(addr: number, name: IntName, v: number | bigint): void {
    switch (name) {
      case "u8":
      case "i8":
        this.writeU8(addr, Number(BigInt.asUintN(8, BigInt(v))));
        return;
      case "u16":
      case "i16":
        this.writeU16(addr, Number(BigInt.asUintN(16, BigInt(v))));
        return;
      case "u32":
      case "i32":
        this.writeU32(addr, typeof v === "number" ? v : Number(BigInt.asUintN(32, v)));
        return;
      case "u64":
      case "usize":
      case "i64":
      case "isize":
        this.writeU64(addr, v);
        return;
      case "u128":
      case "i128":
        this.writeU128(addr, v);
        return;
    }
  }

  /** Reads a NUL-free byte string of `len` bytes and decodes it as UTF-8 (lossy). */
  readUtf8(addr: number, len: number): string {
    return DECODER.decode(this.read(addr, len));
  }
}

const EMPTY = new Uint8Array(0);
const EMPTY_VIEW = new DataView(EMPTY.buffer);
const DUMMY = new Alloc(0, 0, 1, "runtime", "zero-sized access");
const DECODER = new TextDecoder();

/** Canonical integer: a number when it is a safe integer, else a bigint. */
export function canon(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** `0x…` for addresses in messages. */
export function hex(addr: number): string {
  return `0x${addr.toString(16)}`;
}
