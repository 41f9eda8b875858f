/** Atomic file writes: a temporary file in the same directory, then rename. */

/** Writes `data` to `path` so readers see either the old or the new content, never half of it. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${Deno.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    if (typeof data === "string") await Deno.writeTextFile(tmp, data);
    else await Deno.writeFile(tmp, data);
    const f = await Deno.open(tmp, { read: true });
    try {
      await f.sync();
    } finally {
      f.close();
    }
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}

/** Removes stale `*.tmp-*` files an interrupted writer may have left in `dir` (recursively). */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for await (const e of Deno.readDir(dir)) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) removed.push(...await removeStaleTemps(p));
    else if (/\.tmp-\d+-[a-z0-9]+$/.test(e.name)) {
      await Deno.remove(p);
      removed.push(p);
    }
  }
  return removed;
}
