/**
 * MIR for a `.rs` file, from a cache keyed by the content hash of the source (and every module
 * it includes), the pinned rustc release and the flags, so a second run does not call rustc.
 * Cache directory: `$FDC_CACHE_DIR`, else `$XDG_CACHE_HOME/fd-conformance`, else `~/.cache/fd-conformance`.
 */

import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "./atomic.ts";
import { compileCase, PINNED_RUSTC_VERSION, requirePinnedRustc, RUSTC_FLAGS } from "../rustc.ts";

/** The cache directory in use. */
export function cacheDir(): string {
  const explicit = Deno.env.get("FDC_CACHE_DIR");
  if (explicit) return explicit;
  const xdg = Deno.env.get("XDG_CACHE_HOME");
  const home = Deno.env.get("HOME") ?? "/tmp";
  return join(xdg || join(home, ".cache"), "fd-conformance");
}

function sha256(parts: (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(p);
    h.update("\0");
  }
  return h.digest("hex");
}

interface Entry {
  /** Included source files (absolute) and their hashes at compile time. */
  deps: [string, string][];
}

/**
 * Returns the MIR of `rsPath` and the cached file that holds it (what error locations point
 * into), compiling with the pinned rustc only on a cache miss.
 */
export async function mirFor(
  rsPath: string,
  opts: { allowOtherRustc?: boolean } = {},
): Promise<{ mir: string; path: string }> {
  const source = await Deno.readFile(rsPath);
  const key = sha256([source, rsPath.split("/").pop()!, PINNED_RUSTC_VERSION, ...RUSTC_FLAGS]);
  const dir = join(cacheDir(), key.slice(0, 2), key);
  try {
    const entry = JSON.parse(await Deno.readTextFile(join(dir, "entry.json"))) as Entry;
    let fresh = true;
    for (const [p, h] of entry.deps) {
      const now = await Deno.readFile(p).then((b) => sha256([b])).catch(() => "");
      if (now !== h) fresh = false;
    }
    if (fresh) return { mir: await Deno.readTextFile(join(dir, "out.mir")), path: join(dir, "out.mir") };
  } catch { /* miss */ }
  await requirePinnedRustc(opts.allowOtherRustc);
  const tmp = await Deno.makeTempDir({ prefix: "fdc-compile-" });
  try {
    const r = await compileCase(rsPath, tmp, { binary: false });
    await Deno.mkdir(dir, { recursive: true });
    const deps: [string, string][] = [];
    for (const p of r.deps) deps.push([p, sha256([await Deno.readFile(p)])]);
    await writeFileAtomic(join(dir, "out.mir"), r.mir);
    await writeFileAtomic(join(dir, "entry.json"), JSON.stringify({ deps } satisfies Entry));
    return { mir: r.mir, path: join(dir, "out.mir") };
  } finally {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
}

/** The directory spans in a file's MIR are relative to (rustc runs in the source's directory). */
export function sourceDirOf(path: string): string {
  return dirname(path);
}
