/**
 * `deno task perf [--runs N] [--json] [--quick]`: interpreter vs native, side by side.
 *
 * Compiles the programs in scripts/perf/ with the pinned rustc (opt-level 0, as the corpus), runs
 * each natively and in the interpreter several times, and prints medians and interp/native
 * ratios, plus start-up (parse and prepare) time of a corpus case and linearity checks (the same
 * program at two sizes). Needs rustc for the native side; without it only interpreter figures are
 * printed.
 */

import { join } from "node:path";
import { prepareProgram, runProgram } from "../mod.ts";
import { parseArgs, UsageError } from "./harness/args.ts";
import { compileCase, requirePinnedRustc, RustcError } from "./rustc.ts";

const USAGE = `usage: deno task perf [--runs N] [--json] [--quick]

  --runs N   runs per measurement (default 5; medians are reported)
  --json     print the results as JSON instead of a table
  --quick    smaller sizes (for a smoke test)`;

const DIR = new URL("./perf/", import.meta.url).pathname;

interface Program {
  name: string;
  file: string;
  args: string[];
  /** What one unit of work is, for throughput figures. */
  unit?: { name: string; count: number };
  target: string;
}

interface Row {
  name: string;
  args: string;
  nativeMs?: number;
  interpMs: number;
  ratio?: number;
  steps: number;
  stepsPerSec: number;
  perUnit?: { unit: string; native?: number; interp: number };
  target: string;
  met?: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function nativeMs(bin: string, args: string[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const out = await new Deno.Command(bin, { args, clearEnv: true, stdout: "null", stderr: "null" }).output();
    const dt = performance.now() - t0;
    if (!out.success) throw new Error(`${bin} failed`);
    if (i > 0) times.push(dt); // the first run warms the page cache
  }
  return median(times);
}

function interpMeasure(mir: string, name: string, args: string[], runs: number): { ms: number; steps: number } {
  const prepared = prepareProgram({
    mir,
    mirPath: name,
    readSource: (f) => Deno.readTextFileSync(join(DIR, f)),
  });
  const times: number[] = [];
  let steps = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = runProgram(prepared, { args });
    const dt = performance.now() - t0;
    if (r.exitCode !== 0) throw new Error(`${name}: ${new TextDecoder().decode(r.stderr)}`);
    steps = r.steps;
    if (i > 0) times.push(dt); // the first run warms up the JIT
  }
  return { ms: median(times), steps };
}

async function main(): Promise<number> {
  let p;
  try {
    p = parseArgs(Deno.args, [{ name: "runs", value: "int" }, { name: "json" }, { name: "quick" }, { name: "help" }]);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (p.opts.has("help")) {
    console.log(USAGE);
    return 0;
  }
  const runs = Math.max(1, (p.opts.get("runs") as number | undefined) ?? 5);
  const quick = p.opts.has("quick");
  const fibN = quick ? 22 : 30;
  const pp = quick ? 2000 : 20000;
  const programs: Program[] = [
    {
      name: "fib",
      file: "fib.rs",
      args: [String(fibN)],
      unit: { name: "call", count: fibCalls(fibN) },
      target: "<= 100x",
    },
    {
      name: "fib (half)",
      file: "fib.rs",
      args: [String(fibN - 2)],
      unit: { name: "call", count: fibCalls(fibN - 2) },
      target: "linear",
    },
    { name: "sieve", file: "sieve.rs", args: [String(quick ? 100000 : 2000000)], target: "<= 100x" },
    { name: "checksum", file: "checksum.rs", args: [String(quick ? 65536 : 1 << 20)], target: "<= 100x" },
    {
      name: "pingpong",
      file: "pingpong.rs",
      args: [String(pp)],
      unit: { name: "round trip", count: pp },
      target: "interp faster",
    },
    {
      name: "pingpong (half)",
      file: "pingpong.rs",
      args: [String(pp / 2)],
      unit: { name: "round trip", count: pp / 2 },
      target: "linear",
    },
  ];
  let haveRustc = true;
  try {
    await requirePinnedRustc();
  } catch (e) {
    if (!(e instanceof RustcError)) throw e;
    haveRustc = false;
    console.error(`note: ${e.message}; native timings are skipped`);
  }
  const work = await Deno.makeTempDir({ prefix: "fdc-perf-" });
  const rows: Row[] = [];
  const compiled = new Map<string, { mir: string; bin?: string }>();
  try {
    for (const prog of programs) {
      if (!compiled.has(prog.file)) {
        if (haveRustc) {
          const out = join(work, prog.file);
          await Deno.mkdir(out);
          const r = await compileCase(join(DIR, prog.file), out, { binary: true });
          compiled.set(prog.file, { mir: r.mir, bin: r.binary });
        } else {
          throw new Error("the perf programs need the pinned rustc to produce their MIR");
        }
      }
      const c = compiled.get(prog.file)!;
      const nat = c.bin ? await nativeMs(c.bin, prog.args, runs) : undefined;
      const it = interpMeasure(c.mir, prog.file, prog.args, runs);
      const row: Row = {
        name: prog.name,
        args: prog.args.join(" "),
        nativeMs: nat,
        interpMs: it.ms,
        ratio: nat ? it.ms / nat : undefined,
        steps: it.steps,
        stepsPerSec: it.steps / (it.ms / 1000),
        target: prog.target,
      };
      if (prog.unit) {
        row.perUnit = {
          unit: prog.unit.name,
          native: nat ? prog.unit.count / (nat / 1000) : undefined,
          interp: prog.unit.count / (it.ms / 1000),
        };
      }
      rows.push(row);
    }
    // Targets.
    for (const r of rows) {
      if (r.target === "<= 100x" && r.ratio !== undefined) r.met = r.ratio <= 100;
      if (r.target === "interp faster" && r.perUnit?.native) r.met = r.perUnit.interp > r.perUnit.native;
      if (r.target === "linear") {
        const full = rows.find((x) => x.name === r.name.replace(" (half)", ""))!;
        const k = full.perUnit!.interp / r.perUnit!.interp;
        r.met = k > 0.8 && k < 1.25;
        r.target = `linear (${k.toFixed(2)}x throughput of full size)`;
      }
    }
    const startup = measureStartup();
    if (p.opts.has("json")) {
      console.log(JSON.stringify({ machine: machineInfo(), runs, rows, startup }, null, 2));
      return 0;
    }
    console.log(`machine: ${machineInfo()}; medians of ${runs} runs after one warm-up\n`);
    console.log(
      "| program | args | native ms | interp ms | interp/native | MIR steps/s | throughput (native / interp) | target | met |",
    );
    console.log("|---|---|---:|---:|---:|---:|---|---|---|");
    for (const r of rows) {
      const tp = r.perUnit ? `${fmt(r.perUnit.native)} / ${fmt(r.perUnit.interp)} ${r.perUnit.unit}s/s` : "";
      console.log(
        `| ${r.name} | ${r.args} | ${r.nativeMs?.toFixed(1) ?? "-"} | ${r.interpMs.toFixed(1)} | ${
          r.ratio?.toFixed(1) ?? "-"
        }x | ${fmt(r.stepsPerSec)} | ${tp} | ${r.target} | ${r.met === undefined ? "-" : r.met ? "yes" : "NO"} |`,
      );
    }
    console.log("");
    for (const st of startup) {
      const target = st.lines <= 700 ? ` (target < 5 ms for ≈500 lines: ${st.ms < 5 ? "yes" : "NO"})` : "";
      console.log(
        `start-up: parse + prepare of ${st.file} (${st.lines} MIR lines): median ${st.ms.toFixed(2)} ms${target}`,
      );
    }
    return 0;
  } finally {
    await Deno.remove(work, { recursive: true }).catch(() => {});
  }
}

function fibCalls(n: number): number {
  // Calls made by naive fib(n): 2*fib(n+1) - 1.
  let a = 0, b = 1;
  for (let i = 0; i < n + 1; i++) [a, b] = [b, a + b];
  return 2 * a - 1;
}

function fmt(x: number | undefined): string {
  if (x === undefined) return "-";
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(0);
}

function machineInfo(): string {
  let cpu = "unknown cpu";
  try {
    cpu = /^model name\s*:\s*(.*)$/m.exec(Deno.readTextFileSync("/proc/cpuinfo"))?.[1] ?? cpu;
  } catch { /* not Linux */ }
  return `${cpu}, ${navigator.hardwareConcurrency} CPUs, Linux ${Deno.osRelease()}, Deno ${Deno.version.deno}`;
}

/**
 * Parse + prepare time (median of 20 after 5 warm-ups) of a ≈500-line program (the issue's
 * yardstick) and of a corpus case (≈3,700 lines, most of it the shared `common/sys.rs`).
 */
function measureStartup(): { file: string; lines: number; ms: number }[] {
  const out: { file: string; lines: number; ms: number }[] = [];
  for (const file of ["interp/testdata/parser/atomics.mir", "conformance/pipes/basic_write_read.mir"]) {
    const path = new URL(`../${file}`, import.meta.url).pathname;
    const mir = Deno.readTextFileSync(path);
    const dir = join(path, "..");
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      const p = prepareProgram({ mir, mirPath: file, readSource: (f) => Deno.readTextFileSync(join(dir, f)) });
      const dt = performance.now() - t0;
      if (!p.program || "kind" in p.program) throw new Error(`${file} does not load`);
      if (i >= 5) times.push(dt);
    }
    out.push({ file, lines: mir.split("\n").length, ms: median(times) });
  }
  return out;
}

if (import.meta.main) {
  try {
    Deno.exit(await main());
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    Deno.exit(1);
  }
}
