/** Little-endian scalar accesses to program memory for syscall arguments (ints, u64s, fd pairs). */

import { Errno, type ProgramMemory } from "./api.ts";

/** Writes the i32 `value` at `addr`; returns 0, or -EFAULT for a null pointer. */
export function putInt(mem: ProgramMemory, addr: number, value: number): number {
  if (addr === 0) return -Errno.EFAULT;
  const b = new Uint8Array(4);
  new DataView(b.buffer).setInt32(0, value, true);
  mem.write(addr, b);
  return 0;
}

/** Reads the i32 at `addr`, or undefined for a null pointer (EFAULT). */
export function getInt(mem: ProgramMemory, addr: number): number | undefined {
  if (addr === 0) return undefined;
  const b = mem.read(addr, 4);
  return new DataView(b.buffer, b.byteOffset, 4).getInt32(0, true);
}

/** Writes two i32s (an fd pair for pipe2/socketpair) at `addr`; returns 0, or -EFAULT for null. */
export function putIntPair(mem: ProgramMemory, addr: number, a: number, b: number): number {
  if (addr === 0) return -Errno.EFAULT;
  const bytes = new Uint8Array(8);
  const v = new DataView(bytes.buffer);
  v.setInt32(0, a, true);
  v.setInt32(4, b, true);
  mem.write(addr, bytes);
  return 0;
}

/** The u64 `value` as 8 little-endian bytes. */
export function u64Bytes(value: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, value), true);
  return b;
}

/** The u64 in the first 8 bytes of `bytes` (little-endian). */
export function u64Of(bytes: Uint8Array): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, true);
}
