/**
 * `deno task record [FILTER…] [--check] [--runs N] [--jobs N] [--allow-rustc-version]`
 *
 * Compiles each selected conformance case with the pinned rustc invocation (scripts/rustc.ts),
 * writes its MIR, runs the native binary `--runs` times (half of them beside a CPU hog) with a
 * clean environment in a fresh temporary directory, and records stdout, stderr (normalised) and
 * the exit status only when every run agrees. `--check` re-derives everything and fails on any
 * difference without writing. Interp-only cases get their MIR only (their expectations are
 * blessed from the interpreter by `deno task conformance --bless`).
 */

import { encodeExact, readExact } from "./harness/bytes.ts";
import { join } from "node:path";
import { type Case, discover, readExpected, selectCases } from "./harness/case.ts";
import { parseArgs, UsageError } from "./harness/args.ts";
import { removeStaleTemps, writeFileAtomic } from "./harness/atomic.ts";
import { type NativeRun, RUN_TIMEOUT_MS, runNative } from "./harness/native.ts";
import { compileCase, invocationText, requirePinnedRustc, RUSTC_FLAGS, RustcError } from "./rustc.ts";
import { pool } from "./harness/pool.ts";

const USAGE = `usage: deno task record [FILTER…] [options]

Records native expectations for conformance cases (needs the pinned rustc).

  FILTER                 case id (pipes/eof_basic), area (pipes) or substring; default: all
  --check                re-derive MIR and outputs, fail on any difference, write nothing
  --runs N               native runs per case (default 20; half beside a CPU hog)
  --jobs N               parallel compilations and runs (default: CPUs)
  --root DIR             corpus directory (default: conformance)
  --allow-rustc-version  record with a rustc other than the pinned one
  --help                 this text`;

/** Starts one busy process per CPU; returns a function that stops them. */
function startCpuHog(): () => Promise<void> {
  const n = navigator.hardwareConcurrency || 2;
  const kids: Deno.ChildProcess[] = [];
  for (let i = 0; i < n; i++) {
    kids.push(
      new Deno.Command("sh", { args: ["-c", "while :; do :; done"], stdin: "null", stdout: "null", stderr: "null" })
        .spawn(),
    );
  }
  return async () => {
    for (const k of kids) {
      try {
        k.kill("SIGKILL");
      } catch { /* gone */ }
    }
    await Promise.all(kids.map((k) => k.status));
  };
}

function runKey(r: NativeRun): string {
  return JSON.stringify([r.stdout, r.stderr, r.exit, r.timedOut]);
}

/** Kernel release and effective capabilities, which some results depend on. */
function hostFacts(): { kernel: string; capEff: string; capSysResource: boolean } {
  const kernel = Deno.osRelease();
  let capEff = "unknown";
  try {
    capEff = /^CapEff:\s*([0-9a-f]+)$/m.exec(Deno.readTextFileSync("/proc/self/status"))?.[1] ?? "unknown";
  } catch { /* not Linux */ }
  const capSysResource = capEff !== "unknown" && ((BigInt(`0x${capEff}`) >> 24n) & 1n) === 1n;
  return { kernel, capEff, capSysResource };
}

interface CaseResult {
  c: Case;
  ok: boolean;
  lines: string[];
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(Deno.args, [
      { name: "check" },
      { name: "runs", value: "int" },
      { name: "jobs", value: "int" },
      { name: "root", value: "string" },
      { name: "allow-rustc-version" },
      { name: "help" },
    ]);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const { opts, positional } = parsed;
  if (opts.has("help")) {
    console.log(USAGE);
    return 0;
  }
  const check = opts.has("check");
  const runs = (opts.get("runs") as number | undefined) ?? 20;
  if (runs < 2) {
    console.error(`error: --runs must be at least 2\n\n${USAGE}`);
    return 2;
  }
  const jobs = Math.max(1, (opts.get("jobs") as number | undefined) ?? (navigator.hardwareConcurrency || 2));
  const root = (opts.get("root") as string | undefined) ?? "conformance";

  let info;
  try {
    info = await requirePinnedRustc(opts.has("allow-rustc-version"));
  } catch (e) {
    if (e instanceof RustcError) {
      console.error(`error: ${e.message}`);
      return 3;
    }
    throw e;
  }
  // Temporaries of an interrupted earlier run (killed between write and rename) are not recordings.
  for (const f of await removeStaleTemps(root)) console.log(`removed stale temporary ${f}`);
  const corpus = discover(root);
  // Missing expectations are what the recorder is for; other hygiene problems stop it.
  const blocking = corpus.problems.filter((p) => !/missing (expectation|`[^`]+\.mir`)/.test(p.message));
  if (blocking.length) {
    for (const p of blocking) console.error(`error: ${p.message}`);
    return 1;
  }
  const selected = selectCases(corpus.cases, positional);
  if (selected.length === 0) {
    console.error(`error: no case matches ${positional.map((f) => `\`${f}\``).join(", ") || "(corpus is empty)"}`);
    return 1;
  }
  const work = await Deno.makeTempDir({ prefix: "fdc-record-" });
  try {
    // Phase 1: compile every case.
    const compiled = new Map<string, { mir: string; binary?: string; error?: string }>();
    await pool(selected, jobs, async (c) => {
      const out = join(work, c.id.replace("/", "__"));
      await Deno.mkdir(out, { recursive: true });
      try {
        const r = await compileCase(c.rsPath, out, { binary: !c.header.interpOnly });
        compiled.set(c.id, { mir: r.mir, binary: r.binary });
      } catch (e) {
        const msg = e instanceof RustcError ? `${e.message}\n${e.diagnostics}` : String(e);
        compiled.set(c.id, { mir: "", error: msg });
      }
    });
    // Phase 2: native runs, half calm and half beside a CPU hog.
    const natives = selected.filter((c) => !c.header.interpOnly && !compiled.get(c.id)!.error);
    const results = new Map<string, NativeRun[]>();
    const stdins = new Map<string, Uint8Array | undefined>();
    for (const c of natives) stdins.set(c.id, c.stdinPath ? Deno.readFileSync(c.stdinPath) : undefined);
    const calm = Math.ceil(runs / 2);
    for (const [count, hog] of [[calm, false], [runs - calm, true]] as const) {
      const stop = hog ? startCpuHog() : undefined;
      try {
        const tasks = natives.flatMap((c) => Array.from({ length: count }, () => c));
        await pool(tasks, jobs, async (c) => {
          const r = await runNative(compiled.get(c.id)!.binary!, stdins.get(c.id));
          const list = results.get(c.id) ?? [];
          list.push(r);
          results.set(c.id, list);
        });
      } finally {
        await stop?.();
      }
    }
    // Phase 3: agree, compare, write.
    const outcomes: CaseResult[] = [];
    for (const c of selected) {
      const comp = compiled.get(c.id)!;
      const lines: string[] = [];
      if (comp.error) {
        outcomes.push({ c, ok: false, lines: [`FAIL ${c.id}: does not compile`, indent(comp.error)] });
        continue;
      }
      const files: [string, string][] = [[c.mirPath, comp.mir]];
      if (!c.header.interpOnly) {
        const rs = results.get(c.id)!;
        const groups = new Map<string, NativeRun[]>();
        for (const r of rs) groups.set(runKey(r), [...(groups.get(runKey(r)) ?? []), r]);
        if (groups.size > 1 || rs[0].timedOut) {
          lines.push(
            rs[0].timedOut && groups.size === 1
              ? `FAIL ${c.id}: native run did not finish in ${RUN_TIMEOUT_MS / 1000}s`
              : `FAIL ${c.id}: ${groups.size} different outputs in ${rs.length} native runs (fix the case):`,
          );
          for (const g of groups.values()) {
            const r = g[0];
            lines.push(`  ${g.length} run(s): exit ${r.exit}${r.timedOut ? " (timed out)" : ""}`);
            lines.push(`    stdout: ${JSON.stringify(r.stdout).slice(0, 400)}`);
            lines.push(`    stderr: ${JSON.stringify(r.stderr).slice(0, 400)}`);
          }
          outcomes.push({ c, ok: false, lines });
          continue;
        }
        const r = rs[0];
        const base = join(c.dir, c.name);
        files.push([`${base}.stdout`, r.stdout], [`${base}.stderr`, r.stderr], [`${base}.exit`, `${r.exit}\n`]);
      }
      const changed: string[] = [];
      for (const [p, text] of files) {
        let old: string | undefined;
        try {
          old = p.endsWith(".mir") ? Deno.readTextFileSync(p) : readExact(p);
        } catch { /* new */ }
        if (old !== text) changed.push(p);
      }
      if (check) {
        if (changed.length) {
          lines.push(`FAIL ${c.id}: recording is stale: ${changed.map((p) => p.split("/").pop()).join(", ")} differ`);
          if (!c.header.interpOnly) {
            try {
              const e = readExpected(c);
              const r = results.get(c.id)![0];
              if (e.exit !== r.exit) lines.push(`  exit: recorded ${e.exit}, now ${r.exit}`);
            } catch { /* missing files are reported above */ }
          }
          outcomes.push({ c, ok: false, lines });
        } else outcomes.push({ c, ok: true, lines: [`ok   ${c.id}`] });
        continue;
      }
      for (const [p, text] of files) if (changed.includes(p)) await writeFileAtomic(p, encodeExact(text));
      outcomes.push({
        c,
        ok: true,
        lines: [
          `${changed.length ? "rec " : "ok  "} ${c.id}${changed.length ? ` (${changed.length} file(s) written)` : ""}`,
        ],
      });
    }
    if (!check) {
      const facts = hostFacts();
      const manifest = {
        rustc: info.verbose.split("\n"),
        flags: RUSTC_FLAGS,
        invocation: invocationText(),
        nativeRunsPerCase: runs,
        kernel: facts.kernel,
        capEff: facts.capEff,
        capSysResource: facts.capSysResource,
        note: "Cases avoid results that depend on the kernel version or on CAP_SYS_RESOURCE.",
      };
      const mp = join(root, "manifest.json");
      const text = JSON.stringify(manifest, null, 2) + "\n";
      let old = "";
      try {
        old = Deno.readTextFileSync(mp);
      } catch { /* new */ }
      if (old !== text) await writeFileAtomic(mp, text);
    }
    let failed = 0;
    for (const o of outcomes) {
      if (!o.ok) failed++;
      if (!o.ok || selected.length <= 50) console.log(o.lines.join("\n"));
    }
    console.log(`record${check ? " --check" : ""}: ${outcomes.length - failed} ok, ${failed} failed`);
    return failed ? 1 : 0;
  } finally {
    await Deno.remove(work, { recursive: true }).catch(() => {});
  }
}

function indent(s: string): string {
  return s.trimEnd().split("\n").map((l) => `    ${l}`).join("\n");
}

if (import.meta.main) {
  try {
    Deno.exit(await main());
  } catch (e) {
    console.error(`error: internal: ${(e as Error).message ?? e}`);
    Deno.exit(119);
  }
}
