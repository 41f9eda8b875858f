/**
 * The one place that defines how MIR and native binaries are made.
 *
 * Every `.mir` file in the repository and every native recording comes from `compileCase`, which
 * runs the pinned rustc with the flags below in the directory of the case, naming the source by
 * its bare file name (so spans in MIR and panic locations in native output both read `name.rs`).
 *
 * Why these flags (see README, "How MIR is produced"):
 * - `-C opt-level=0 -C debug-assertions=on -C overflow-checks=on`: the debug build whose panics
 *   (overflow, bounds, misaligned and null pointer checks) the interpreter reproduces.
 * - `-Zmir-include-spans` (needs `RUSTC_BOOTSTRAP=1`): prints the source span of every statement
 *   and terminator, which gives panic locations, and the closure `def_id`/capture types.
 * - `--emit=mir,link` in one invocation: MIR and binary come from the same compilation.
 */

import { join } from "node:path";

/** The rustc release every recording is made with. */
export const PINNED_RUSTC_VERSION = "1.95.0";

/** Flags passed to rustc for every case, in this order. */
export const RUSTC_FLAGS: readonly string[] = [
  "--edition=2021",
  "-C",
  "opt-level=0",
  "-C",
  "debug-assertions=on",
  "-C",
  "overflow-checks=on",
  "-C",
  "panic=unwind",
  "-Z",
  "mir-include-spans",
  "--crate-type=bin",
];

/** Environment rustc runs with (nothing else is inherited but PATH and HOME). */
export const RUSTC_ENV: Readonly<Record<string, string>> = { RUSTC_BOOTSTRAP: "1", LC_ALL: "C" };

/** The rustc binary to use: `$FDC_RUSTC` if set, else `rustc` on PATH. */
export function rustcBinary(): string {
  return Deno.env.get("FDC_RUSTC") || "rustc";
}

/** The environment for rustc: a clean one with PATH/HOME (rustup needs them) and `RUSTC_ENV`. */
function rustcEnv(): Record<string, string> {
  const env: Record<string, string> = { ...RUSTC_ENV };
  for (const k of ["PATH", "HOME", "RUSTUP_HOME", "CARGO_HOME"]) {
    const v = Deno.env.get(k);
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** What `rustc -vV` reports, or why it could not be run. */
export type RustcInfo =
  | { ok: true; version: string; release: string; host: string; commitHash: string; verbose: string }
  | { ok: false; reason: string };

/** Runs `rustc -vV` and parses the release, host and commit. */
export async function rustcInfo(rustc = rustcBinary()): Promise<RustcInfo> {
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command(rustc, { args: ["-vV"], env: rustcEnv(), clearEnv: true, stdin: "null" }).output();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return { ok: false, reason: `rustc not found (looked for \`${rustc}\`)` };
    return { ok: false, reason: `could not run \`${rustc}\`: ${(e as Error).message}` };
  }
  const text = new TextDecoder().decode(out.stdout);
  if (!out.success) return { ok: false, reason: `\`${rustc} -vV\` failed: ${new TextDecoder().decode(out.stderr)}` };
  const field = (k: string) => new RegExp(`^${k}: (.*)$`, "m").exec(text)?.[1] ?? "";
  return {
    ok: true,
    version: text.split("\n")[0],
    release: field("release"),
    host: field("host"),
    commitHash: field("commit-hash"),
    verbose: text.trim(),
  };
}

/** Fails unless rustc is the pinned release (or `allowOther` is set); returns its info. */
export async function requirePinnedRustc(allowOther = false): Promise<Extract<RustcInfo, { ok: true }>> {
  const info = await rustcInfo();
  if (!info.ok) throw new RustcError(info.reason);
  if (info.release !== PINNED_RUSTC_VERSION && !allowOther) {
    throw new RustcError(
      `rustc ${info.release} is not the pinned rustc ${PINNED_RUSTC_VERSION}; ` +
        `install it (rustup toolchain install ${PINNED_RUSTC_VERSION}) and point FDC_RUSTC at it, ` +
        `or pass --allow-rustc-version to record with another release`,
    );
  }
  return info;
}

/** rustc is missing, of the wrong version, or could not compile a case. */
export class RustcError extends Error {
  constructor(message: string, readonly diagnostics = "") {
    super(message);
    this.name = "RustcError";
  }
}

/** Crate name for a source file: its stem with characters rustc rejects replaced by `_`. */
export function crateName(fileName: string): string {
  const stem = fileName.replace(/\.rs$/, "").replace(/[^A-Za-z0-9_]/g, "_");
  return /^[0-9]/.test(stem) ? `_${stem}` : stem;
}

/** The result of compiling one case. */
export interface CompileResult {
  mir: string;
  /** Path of the native binary, when requested. */
  binary?: string;
  /** Source files rustc read (the case and any `#[path]` modules), from `--emit=dep-info`. */
  deps: string[];
  diagnostics: string;
}

/**
 * Compiles `source` with the pinned flags. Outputs go to `outDir`; the MIR text is returned.
 * The compilation runs in the source's directory so spans name files relative to it.
 */
export async function compileCase(source: string, outDir: string, opts: { binary: boolean }): Promise<CompileResult> {
  const dir = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) || "/" : ".";
  const file = source.slice(source.lastIndexOf("/") + 1);
  const name = crateName(file);
  const mirPath = join(outDir, `${name}.mir`);
  const depPath = join(outDir, `${name}.d`);
  const binPath = join(outDir, `${name}.bin`);
  const emit = [`mir=${mirPath}`, `dep-info=${depPath}`];
  if (opts.binary) emit.push(`link=${binPath}`);
  // `--out-dir` keeps rustc's intermediate objects out of the case directory (the flags that
  // shape the output are RUSTC_FLAGS; this only moves temporaries).
  const args = [...RUSTC_FLAGS, `--crate-name=${name}`, `--out-dir=${outDir}`, `--emit=${emit.join(",")}`, file];
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command(rustcBinary(), { args, cwd: dir, env: rustcEnv(), clearEnv: true, stdin: "null" })
      .output();
  } catch (e) {
    throw new RustcError(`could not run rustc: ${(e as Error).message}`);
  }
  const diagnostics = new TextDecoder().decode(out.stderr);
  if (!out.success) throw new RustcError(`rustc failed to compile ${source}`, diagnostics);
  const mir = await Deno.readTextFile(mirPath);
  const depText = await Deno.readTextFile(depPath).catch(() => "");
  return { mir, binary: opts.binary ? binPath : undefined, deps: parseDepInfo(depText, dir), diagnostics };
}

/** Source files listed in a Makefile-style dep-info file, resolved against `dir`. */
function parseDepInfo(text: string, dir: string): string[] {
  const deps = new Set<string>();
  for (const line of text.split("\n")) {
    const m = /^[^:]+\.mir: (.*)$/.exec(line);
    if (!m) continue;
    for (const f of m[1].split(/(?<!\\) /)) if (f.endsWith(".rs")) deps.add(f.startsWith("/") ? f : join(dir, f));
  }
  return [...deps].sort();
}

/** A short description of the pinned invocation, for manifests and `--help`. */
export function invocationText(): string {
  return `${Object.entries(RUSTC_ENV).map(([k, v]) => `${k}=${v}`).join(" ")} rustc ${RUSTC_FLAGS.join(" ")} ` +
    `--crate-name=<stem> --emit=mir=<stem>.mir,link=<bin> <stem>.rs  (in the case's directory)`;
}
