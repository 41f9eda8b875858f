/** Helpers shared by the MIR front end's tests and benchmarks. */

import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (two levels above this module). */
export const REPO_ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** Every `.mir` file in the repository (outside node_modules and .git), sorted, repo-relative. */
export function allMirFiles(root = REPO_ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      if (e.name === "node_modules" || e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory) walk(p);
      else if (e.isFile && e.name.endsWith(".mir")) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** A deep copy of a syntax tree without positions, with bigints and byte arrays made comparable. */
export function withoutPositions(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutPositions);
  if (x instanceof Uint8Array) return { bytes: Array.from(x) };
  if (typeof x === "bigint") return { bigint: x.toString() };
  if (x && typeof x === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== "at" && v !== undefined) o[k] = withoutPositions(v);
    return o;
  }
  return x;
}
