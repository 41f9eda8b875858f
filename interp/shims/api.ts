/**
 * The interface between compiled MIR and native implementations of std and libc functions.
 *
 * A shim is looked up once per call site, when the calling body is compiled, with everything
 * known about the call (self type, generic arguments, argument and return types). The factory
 * returns the function to call at run time, specialised for those types.
 *
 * Calling conventions (`m` is the machine, `f` the calling frame; argument values are JS numbers
 * or bigints for scalars, `FatPtr` for fat pointers, addresses for values that live in memory,
 * `undefined` for zero-sized values):
 * - `"value"`: `fn(m, f, ...args)` returns the result.
 * - `"dst"`: `fn(m, f, dst, ...args)` writes the result (a memory type) at address `dst`.
 * - `"cont"`: `fn(m, f, k, ...args)` returns the result, or `PENDING` after blocking the thread
 *   or pushing frames; it later calls `k(result)` exactly once. When the result type lives in
 *   memory the signature is `fn(m, f, k, dst, ...args)`: the shim writes the result at `dst`
 *   (before returning, or before calling `k()`).
 */

import type { SrcSpan } from "../mir/ast.ts";
import type { RType } from "../machine/types.ts";

/** Returned by a `"cont"` shim that will complete later. */
export const PENDING: unique symbol = Symbol("pending");

/** What a shim factory knows about one call site. */
export interface ShimSite {
  /** The printed callee path, for messages. */
  path: string;
  /** The self type of a trait or inherent method call (`Vec<u32>` in `Vec::<u32>::push`). */
  self?: RType;
  /** Generic arguments given to the function itself (`sum::<u32>`), after the self type's. */
  typeArgs: RType[];
  argTys: RType[];
  retTy: RType;
  /** Source span of the call (for `#[track_caller]` panics). */
  span?: SrcSpan;
}

/** A shim function bound to one call site. */
export interface BoundShim {
  // deno-lint-ignore no-explicit-any
  fn: (...args: any[]) => any;
  mode: "value" | "dst" | "cont";
}

/** Produces the bound shim for a call site, or undefined if it cannot handle it. */
// deno-lint-ignore no-explicit-any
export type ShimFactory = (site: ShimSite, m: any) => BoundShim | undefined;
