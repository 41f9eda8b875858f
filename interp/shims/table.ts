/** The shim tables that family modules fill with `register` (see registry.ts). */

import type { DropHandler } from "../machine/drop.ts";
import type { ShimFactory } from "./api.ts";

/** Factories by key. */
export const factories: Map<string, ShimFactory> = new Map();
/** Registered keys by each proper suffix of their path, for trimmed paths. */
export const bySuffix: Map<string, string[]> = new Map();
/** Drop handlers of std ADTs by path or name. */
export const drops: Map<string, DropHandler> = new Map();

/**
 * Registers `factory` under each key. A key registered again keeps its earlier factories as
 * fallbacks: the newest is asked first, and the next one only when it declines (returns undefined).
 */
export function register(keys: string | string[], factory: ShimFactory): void {
  for (const k of Array.isArray(keys) ? keys : [keys]) {
    const prev = factories.get(k);
    factories.set(k, prev ? (site, m) => factory(site, m) ?? prev(site, m) : factory);
    const segs = k.split("::");
    for (let i = 1; i < segs.length; i++) {
      const suffix = segs.slice(i).join("::");
      const list = bySuffix.get(suffix) ?? [];
      list.push(k);
      bySuffix.set(suffix, list);
    }
  }
}

/** Registers the drop handler of the std ADT named `name` (its `AdtDef.name`). */
export function registerDrop(names: string | string[], h: DropHandler): void {
  for (const n of Array.isArray(names) ? names : [names]) drops.set(n, h);
}

/** Every registered key (for documentation and tests). */
export function registeredKeys(): string[] {
  return [...factories.keys()].sort();
}
