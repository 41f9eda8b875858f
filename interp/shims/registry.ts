/**
 * The table of shims, looked up by key. One module per family registers its entries:
 *
 * - free functions by std path: `std::io::_print`, `std::thread::spawn` (printed paths may be
 *   trimmed, e.g. `spawn`; a unique path suffix finds them; `core::`/`alloc::` read as `std::`);
 * - inherent methods as `Type::method`: `Vec::push`, `[]::len`, `str::len`, `int::wrapping_add`;
 * - trait methods as `<Type as Trait>::method`: `<Vec as Deref>::deref`, with `int`/`float`
 *   families and `*` (any type) as fallbacks;
 * - libc functions as `libc::name`.
 *
 * Adding a shim means adding one `register` call in the right family module.
 */

import type { Machine } from "../machine/machine.ts";
import type { DropHandler } from "../machine/drop.ts";
import type { RType } from "../machine/types.ts";
import type { BoundShim, ShimSite } from "./api.ts";
import { FmtShims } from "./fmt.ts";
import { bySuffix, drops, factories } from "./table.ts";
import "./families.ts";

function normalize(k: string): string {
  return k.replace(/^(core|alloc)::/, "std::").replace(/<(core|alloc)::/g, "<std::");
}

/** Shim lookup for one machine. */
export class ShimRegistry {
  readonly fmt: FmtShims;
  private cache = new Map<string, BoundShim | undefined>();

  constructor(private m: Machine) {
    this.fmt = new FmtShims(m);
  }

  /** The first shim found under `keys` that accepts `site`. */
  find(keys: string[], site: ShimSite): BoundShim | undefined {
    for (const key of keys) {
      for (const k of this.candidates(key)) {
        const f = factories.get(k);
        if (!f) continue;
        // Factories see the key they were registered under (no generic arguments), so a
        // factory shared by several names can tell which one was called.
        const b = f({ ...site, path: k }, this.m);
        if (b) return b;
      }
    }
    return undefined;
  }

  private candidates(key: string): string[] {
    const n = normalize(key);
    const out = [key];
    if (n !== key) out.push(n);
    if (!factories.has(key) && !factories.has(n)) {
      // A trimmed path: a unique registered key ending with it.
      const list = bySuffix.get(n) ?? bySuffix.get(key);
      if (list && new Set(list.map((k) => factories.get(k))).size === 1) out.push(list[0]);
      else if (list && !n.includes("::")) {
        // A trimmed free function (`spawn`) also matches methods (`Builder::spawn`): prefer the
        // one whose parent segment is a module.
        const free = list.filter((k) => k.startsWith("std::") && /^[a-z_0-9]+$/.test(k.split("::").at(-2) ?? ""));
        if (new Set(free.map((k) => factories.get(k))).size === 1) out.push(free[0]);
      }
      // `std::io::stdio::_print` and similar internal module paths: try the last two segments.
      const segs = n.split("::");
      for (let i = 1; i < segs.length - 1 && !n.startsWith("<"); i++) {
        const tail = segs.slice(i).join("::");
        const l2 = bySuffix.get(tail);
        if (l2 && l2.length === 1) out.push(l2[0]);
      }
    }
    return out;
  }

  /** The drop handler of a std ADT type, if it has one. */
  dropHandler(ty: RType): DropHandler | undefined {
    if (ty.k !== "adt") return undefined;
    return drops.get(ty.def.path) ?? drops.get(ty.def.name);
  }

  /** Cache for factories that want per-site memoisation. */
  memo(key: string, make: () => BoundShim | undefined): BoundShim | undefined {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key);
  }
}
