/**
 * Running selected cases on an engine and turning runs into case results: shared by
 * `deno task conformance` (scripts/conformance.ts) and `deno test` (scripts/corpus_test.ts), so
 * both use one definition of "passes" (compare.ts) and of a case's status (known.ts).
 */

import { readExact } from "./bytes.ts";
import { isAbsolute, join, relative } from "node:path";
import { type Case, type Expected, readExpected } from "./case.ts";
import { compareRun, type FailureKind, type Mismatch, type StreamDiff } from "./compare.ts";
import type { InterpCaseRun, InterpTask, Seed } from "./interp.ts";
import { type CaseStatus, type KnownFailure, verdict } from "./known.ts";
import { engineCommandLine, type ProcessRun, runBinary, runProcess, shellQuote } from "./native.ts";
import { pool } from "./pool.ts";
import { WorkerPool } from "./workers.ts";
import { compileCase, RustcError } from "../rustc.ts";

/** Seeds run after the default schedule unless a case asks for more (`//@ seeds:`). */
export const DEFAULT_SEEDS = 8;
/** Step limit of a case without `//@ max-steps:` (the interpreter's default). */
export { DEFAULT_MAX_STEPS } from "../../interp/machine/machine.ts";
/** Wall-clock limit of one case (all its schedules). */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Longest diff (in lines) kept in a failure; the rest is summarised. */
const MAX_DIFF_LINES = 300;

/** What runs the cases. */
export type Engine = { kind: "interp" } | { kind: "native" } | { kind: "command"; command: string };

/** The engine's name in reports: `interp`, `native` or `command: CMD`. */
export function engineName(e: Engine): string {
  return e.kind === "command" ? `command: ${e.command}` : e.kind;
}

/** Options of a suite run. */
export interface SuiteOptions {
  engine: Engine;
  /** K; a case's own `//@ seeds:` wins when larger. */
  seeds: number;
  /** Step limit for cases without `//@ max-steps:` (the header wins when present). */
  maxSteps: number;
  timeoutMs: number;
  jobs: number;
  bless: boolean;
  known: ReadonlyMap<string, KnownFailure>;
}

/** How a case failed. */
export interface FailureDetail {
  kind: FailureKind;
  /** The failing schedule: a seed, `null` for the default schedule, undefined for engines without schedules. */
  seed?: Seed;
  /** `default schedule`, `seed N` or `single run`. */
  schedule: string;
  outcome: string;
  message: string;
  diffs: StreamDiff[];
  filters: string[];
  /** A command that reproduces the failing run. */
  reproduce: string;
}

/** A file `--bless` would write. */
export interface BlessWrite {
  path: string;
  old?: string;
  text: string;
}

/** The result of one case. */
export interface CaseResult {
  id: string;
  area: string;
  name: string;
  covers: string[];
  interpOnly?: string;
  status: CaseStatus;
  /** The failure kind (also for known failures), `unexpected-pass`, or undefined when passed/skipped. */
  kind?: FailureKind;
  /** The run's outcome (failing schedule's, else the default schedule's); `skipped` when not run. */
  outcome: string;
  schedulesRun: number;
  /** Seeded schedules run (schedulesRun minus the default one, for the interpreter). */
  seedsRun: number;
  failingSeed: number | "default" | null;
  durationMs: number;
  /** Interpreter steps of the default schedule (null for other engines). */
  steps: number | null;
  totalSteps: number | null;
  failure?: FailureDetail;
  /** Skip reason, known-failure reason, unexpected pass, bless result. */
  note?: string;
  /** Bless mode: files to write (empty when unchanged); absent when the case cannot be blessed. */
  bless?: BlessWrite[];
  /** Bless mode: why the case cannot be blessed. */
  blessRefused?: string;
}

/** What an engine reports for a case, before the verdict. */
export interface RawRun {
  skipped?: string;
  schedulesRun: number;
  steps: number | null;
  totalSteps: number | null;
  durationMs: number;
  outcome: string;
  failure?: FailureDetail;
  interp?: InterpCaseRun;
}

/** `p` relative to the working directory when it is inside it. */
export function displayPath(p: string): string {
  if (!isAbsolute(p)) return p;
  const rel = relative(Deno.cwd(), p);
  return rel.startsWith("..") || isAbsolute(rel) ? p : rel;
}

/** Seeds K of a case: the larger of the option and its `//@ seeds:`. */
export function caseSeeds(c: Case, seeds: number): number {
  return Math.max(seeds, c.header.seeds ?? 0);
}

/** Step limit of a case: its `//@ max-steps:`, else the option. */
export function caseMaxSteps(c: Case, maxSteps: number): number {
  return c.header.maxSteps ?? maxSteps;
}

/** The command reproducing an interpreter run of `c` under `seed`. */
export function reproduceInterp(c: Case, seed: Seed | undefined, maxSteps?: number): string {
  let cmd = `npx deno task run ${shellQuote(displayPath(c.mirPath))}`;
  if (seed !== null && seed !== undefined) cmd += ` --seed ${seed}`;
  if (c.stdinPath) cmd += ` --stdin ${shellQuote(displayPath(c.stdinPath))}`;
  if (maxSteps !== undefined) cmd += ` --max-steps ${maxSteps}`;
  return cmd;
}

/** ` under the default schedule`, ` under seed N`, or nothing for engines without schedules. */
export function underSchedule(seed: Seed | undefined): string {
  return seed === undefined ? "" : seed === null ? " under the default schedule" : ` under seed ${seed}`;
}

function scheduleName(seed: Seed | undefined): string {
  return seed === undefined ? "single run" : seed === null ? "default schedule" : `seed ${seed}`;
}

function capDiff(d: StreamDiff): StreamDiff {
  const cap = (s: string, n: number) => {
    const lines = s.split("\n");
    return lines.length <= n ? s : `${lines.slice(0, n).join("\n")}\n… (${lines.length - n} more lines)`;
  };
  return { ...d, diff: cap(d.diff, MAX_DIFF_LINES), raw: d.raw === undefined ? undefined : cap(d.raw, 100) };
}

function detail(m: Mismatch, seed: Seed | undefined, outcome: string, reproduce: string): FailureDetail {
  return {
    kind: m.kind,
    seed,
    schedule: scheduleName(seed),
    outcome,
    message: m.message,
    diffs: m.diffs.map(capDiff),
    filters: m.filters,
    reproduce,
  };
}

function simpleFailure(kind: FailureKind, message: string, seed: Seed | undefined, reproduce: string): FailureDetail {
  return { kind, seed, schedule: scheduleName(seed), outcome: kind, message, diffs: [], filters: [], reproduce };
}

/** Reads the expectations of `c`, or says why it cannot. */
function expectationsOf(c: Case): Expected | string {
  const how = c.header.interpOnly
    ? `bless it: npx deno task conformance --bless ${c.id}`
    : `record it: npx deno task record ${c.id}`;
  for (const suffix of ["mir", "stdout", "stderr", "exit"]) {
    const p = suffix === "mir" ? c.mirPath : join(c.dir, `${c.expectStem}.${suffix}`);
    try {
      Deno.statSync(p);
    } catch {
      return `incomplete case: no \`${displayPath(p)}\` (${
        suffix === "mir" ? `record it: npx deno task record ${c.id}` : how
      })`;
    }
  }
  try {
    return readExpected(c);
  } catch (e) {
    return `incomplete case: ${(e as Error).message}`;
  }
}

/** The worker task of a case. */
export function interpTask(c: Case, opts: SuiteOptions, expected: Expected | undefined): InterpTask {
  return {
    id: c.id,
    mirPath: c.mirPath,
    sourceDir: c.dir,
    stdinPath: c.stdinPath,
    expected,
    seeds: caseSeeds(c, opts.seeds),
    maxSteps: caseMaxSteps(c, opts.maxSteps),
    interpOnly: c.header.interpOnly,
    bless: opts.bless && c.header.interpOnly !== undefined,
  };
}

/** The raw run of an interpreter case run. */
export function fromInterp(c: Case, opts: SuiteOptions, run: InterpCaseRun): RawRun {
  const f = run.failure;
  const steps = caseMaxSteps(c, opts.maxSteps);
  return {
    schedulesRun: run.schedulesRun,
    steps: run.steps,
    totalSteps: run.totalSteps,
    durationMs: run.durationMs,
    outcome: run.outcome,
    // `deno task run` has no step limit by default: name it when it shaped the run.
    failure: f &&
      detail(
        f,
        f.seed,
        f.outcome,
        reproduceInterp(c, f.seed, f.outcome === "step-limit" || c.header.maxSteps ? steps : undefined),
      ),
    interp: run,
  };
}

/** The expectations for an interpreter run, or a finished raw run when the case cannot run. */
export function interpPrep(c: Case, opts: SuiteOptions): { expected?: Expected } | RawRun {
  const exp = expectationsOf(c);
  if (typeof exp !== "string") return { expected: exp };
  // Blessing writes the expectations of an interp-only case; it only needs the MIR.
  if (opts.bless && c.header.interpOnly && !exp.includes(".mir` (")) return { expected: undefined };
  return {
    schedulesRun: 0,
    steps: null,
    totalSteps: null,
    durationMs: 0,
    outcome: "error",
    failure: simpleFailure("error", exp, undefined, ""),
  };
}

async function runInterpPooled(c: Case, opts: SuiteOptions, workers: WorkerPool<InterpTask, InterpCaseRun>) {
  const prep = interpPrep(c, opts);
  if ("schedulesRun" in prep) return prep;
  const task = interpTask(c, opts, prep.expected);
  const start = performance.now();
  const reply = await workers.run(task, opts.timeoutMs);
  if (reply.kind === "done") return fromInterp(c, opts, reply.value);
  const seed = reply.progress as Seed | undefined;
  const failure = reply.kind === "timeout"
    ? simpleFailure(
      "timeout",
      `no result within ${opts.timeoutMs / 1000} s (the wall-clock limit, --timeout), stopped${underSchedule(seed)}`,
      seed,
      reproduceInterp(c, seed, c.header.maxSteps),
    )
    : simpleFailure("crash", `the worker crashed: ${reply.message}`, seed, reproduceInterp(c, seed, c.header.maxSteps));
  return {
    schedulesRun: seed === undefined ? 0 : seed === null ? 1 : seed + 1,
    steps: null,
    totalSteps: null,
    durationMs: reply.kind === "timeout" ? opts.timeoutMs : Math.round(performance.now() - start),
    outcome: reply.kind,
    failure,
  } satisfies RawRun;
}

async function runProcessCase(c: Case, opts: SuiteOptions): Promise<RawRun> {
  const start = performance.now();
  const raw = (outcome: string, failure?: FailureDetail): RawRun => ({
    schedulesRun: outcome === "error" ? 0 : 1,
    steps: null,
    totalSteps: null,
    durationMs: Math.round(performance.now() - start),
    outcome,
    failure,
  });
  const exp = expectationsOf(c);
  if (typeof exp === "string") return raw("error", simpleFailure("error", exp, undefined, ""));
  const stdin = c.stdinPath ? await Deno.readFile(c.stdinPath) : undefined;
  let run: ProcessRun;
  let reproduce: string;
  if (opts.engine.kind === "native") {
    reproduce = `npx deno task conformance ${shellQuote(c.id)} --engine native`;
    const tmp = await Deno.makeTempDir({ prefix: "fdc-native-" });
    try {
      let binary: string;
      try {
        binary = (await compileCase(c.rsPath, tmp, { binary: true })).binary!;
      } catch (e) {
        const msg = e instanceof RustcError ? `${e.message}\n${e.diagnostics}` : String(e);
        return raw("error", simpleFailure("error", `does not compile: ${msg.trim()}`, undefined, reproduce));
      }
      run = await runBinary(binary, stdin, opts.timeoutMs);
    } finally {
      await Deno.remove(tmp, { recursive: true }).catch(() => {});
    }
  } else if (opts.engine.kind === "command") {
    const line = engineCommandLine(opts.engine.command, { mir: c.mirPath, rs: c.rsPath, case: c.id });
    reproduce = line + (c.stdinPath ? ` < ${shellQuote(displayPath(c.stdinPath))}` : "");
    try {
      run = await runProcess("sh", ["-c", line], { stdin, timeoutMs: opts.timeoutMs });
    } catch (e) {
      return raw(
        "error",
        simpleFailure("error", `cannot run the engine: ${(e as Error).message}`, undefined, reproduce),
      );
    }
  } else throw new Error("runProcessCase: not a process engine");
  if (run.timedOut) {
    return raw(
      "timeout",
      simpleFailure(
        "timeout",
        `killed after ${opts.timeoutMs / 1000} s (the wall-clock limit, --timeout)`,
        undefined,
        reproduce,
      ),
    );
  }
  const m = compareRun(exp, { stdout: run.stdout, stderr: run.stderr, exit: run.exit, outcome: "exited" });
  return raw("exited", m && detail(m, undefined, "exited", reproduce));
}

/** Text searched for a known-failure substring. */
function failureText(f: FailureDetail): string {
  return f.diffs.map((d) => `${d.diff}\n${d.raw ?? ""}`).join("\n");
}

/** Applies the verdict (known failures, bless) to an engine's run of `c`. */
export function finishCase(c: Case, raw: RawRun, opts: SuiteOptions): CaseResult {
  const base = {
    id: c.id,
    area: c.area,
    name: c.name,
    covers: c.header.covers,
    interpOnly: c.header.interpOnly,
  };
  if (raw.skipped) {
    return {
      ...base,
      status: "skipped",
      outcome: "skipped",
      schedulesRun: 0,
      seedsRun: 0,
      failingSeed: null,
      durationMs: 0,
      steps: null,
      totalSteps: null,
      note: raw.skipped,
    };
  }
  const f = raw.failure;
  const result: CaseResult = {
    ...base,
    status: "passed",
    kind: f?.kind,
    outcome: raw.outcome,
    schedulesRun: raw.schedulesRun,
    seedsRun: opts.engine.kind === "interp" ? Math.max(0, raw.schedulesRun - 1) : 0,
    failingSeed: f ? (f.seed === null ? "default" : f.seed ?? null) : null,
    durationMs: raw.durationMs,
    steps: raw.steps,
    totalSteps: raw.totalSteps,
    failure: f,
  };
  if (opts.bless && c.header.interpOnly) return blessVerdict(c, result, raw.interp);
  const v = verdict(f && { kind: f.kind, message: f.message, text: failureText(f) }, opts.known.get(c.id));
  result.status = v.status;
  result.note = v.note;
  if (v.unexpectedPass) result.kind = "unexpected-pass";
  return result;
}

function blessVerdict(c: Case, result: CaseResult, run: InterpCaseRun | undefined): CaseResult {
  const refuse = (why: string): CaseResult => ({
    ...result,
    status: "failed",
    blessRefused: why,
    note: `not blessed: ${why}`,
  });
  if (!run) return refuse(result.failure?.message ?? "the case did not run");
  if (run.nondeterministic) return refuse(`non-deterministic: ${run.nondeterministic}`);
  const b = run.blessed;
  if (!b) return refuse("no result");
  if (b.outcome !== c.header.interpOnly) {
    return refuse(`the header expects outcome ${c.header.interpOnly}, but the interpreter's outcome is ${b.outcome}`);
  }
  const writes: BlessWrite[] = [];
  const stem = join(c.dir, c.expectStem);
  for (const [suffix, text] of [["stdout", b.stdout], ["stderr", b.stderr], ["exit", `${b.exit}\n`]] as const) {
    const path = `${stem}.${suffix}`;
    let old: string | undefined;
    try {
      old = readExact(path);
    } catch { /* new */ }
    if (old !== text) writes.push({ path, old, text });
  }
  return {
    ...result,
    status: "passed",
    kind: undefined,
    failure: undefined,
    failingSeed: null,
    bless: writes,
    note: writes.length
      ? `blessed: ${writes.map((w) => w.path.split("/").pop()).join(", ")} ${
        writes.some((w) => w.old !== undefined) ? "changed" : "new"
      }`
      : "blessed: unchanged",
  };
}

/** A pool of interpreter workers (worker.ts) of `size` threads. */
export function interpWorkers(size: number): WorkerPool<InterpTask, InterpCaseRun> {
  return new WorkerPool<InterpTask, InterpCaseRun>(new URL("./worker.ts", import.meta.url).href, Math.max(1, size));
}

/** Runs one case in the interpreter in a worker of `workers` (wall-clock limit enforced) and gives its result. */
export async function runCasePooled(
  c: Case,
  opts: SuiteOptions,
  workers: WorkerPool<InterpTask, InterpCaseRun>,
): Promise<CaseResult> {
  return finishCase(c, await runInterpPooled(c, opts, workers), opts);
}

/**
 * Runs `cases` on the engine with `opts.jobs` in parallel; `onDone` is called as each finishes
 * (in completion order); the returned results are in the order of `cases`.
 * The interpreter runs in a pool of Workers, so a case over the wall-clock limit is stopped.
 */
export async function runSuite(
  cases: readonly Case[],
  opts: SuiteOptions,
  onDone?: (index: number, r: CaseResult) => void,
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  const finish = (i: number, raw: RawRun) => {
    results[i] = finishCase(cases[i], raw, opts);
    onDone?.(i, results[i]);
  };
  const skip = (c: Case) =>
    opts.engine.kind !== "interp" && c.header.interpOnly ? `interp-only: ${c.header.interpOnly}` : undefined;
  const skipped = (reason: string): RawRun => ({
    skipped: reason,
    schedulesRun: 0,
    steps: null,
    totalSteps: null,
    durationMs: 0,
    outcome: "skipped",
  });
  if (opts.engine.kind === "interp") {
    const workers = interpWorkers(Math.min(opts.jobs, cases.length));
    // Cases with more schedules (usually the slowest) start first, to shorten the tail of the run.
    const order = cases.map((_, i) => i).sort((a, b) =>
      caseSeeds(cases[b], opts.seeds) - caseSeeds(cases[a], opts.seeds) || a - b
    );
    try {
      await pool(order, opts.jobs, async (i) => finish(i, await runInterpPooled(cases[i], opts, workers)));
    } finally {
      workers.close();
    }
  } else {
    await pool(cases, opts.jobs, async (c, i) => {
      const why = skip(c);
      finish(i, why ? skipped(why) : await runProcessCase(c, opts));
    });
  }
  return results;
}

/** The one-line status of a case, as printed per case. */
export function statusLine(r: CaseResult): string {
  const label = { passed: "ok   ", failed: "FAIL ", timeout: "FAIL ", "known-failure": "known", skipped: "skip " }[
    r.status
  ];
  let extra = "";
  if (r.status === "skipped") extra = ` (${r.note})`;
  else if (r.kind === "unexpected-pass") extra = " (unexpected pass)";
  else if (r.failure) extra = ` (${r.failure.kind}${r.failure.seed === undefined ? "" : `, ${r.failure.schedule}`})`;
  else if (r.blessRefused) extra = " (not blessed)";
  else if (r.bless) extra = ` (${r.note})`;
  return `${label} ${r.id}${extra}`;
}

function indent(text: string, prefix = "    "): string {
  return text.split("\n").map((l) => prefix + l).join("\n");
}

/** The failure report of a case: what failed, under which schedule, the diffs and how to reproduce. */
export function formatFailure(r: CaseResult): string {
  const lines: string[] = [];
  const f = r.failure;
  if (r.kind === "unexpected-pass") {
    lines.push(`FAIL ${r.id}: ${r.note}`);
    return lines.join("\n");
  }
  if (r.blessRefused && !f) {
    lines.push(`FAIL ${r.id}: ${r.note}`);
    return lines.join("\n");
  }
  if (!f) return `${r.status} ${r.id}`;
  const head = r.status === "known-failure" ? "known failure" : "FAIL";
  lines.push(`${head} ${r.id}: ${f.kind}${underSchedule(f.seed)} (outcome ${f.outcome})`);
  lines.push(`  ${f.message}`);
  if (r.note) lines.push(`  note: ${r.note}`);
  if (f.reproduce) lines.push(`  reproduce: ${f.reproduce}`);
  for (const d of f.diffs) {
    lines.push(indent(d.diff, "  "));
    if (d.raw !== undefined) {
      lines.push(`  filters fired on ${d.stream}: ${d.filters.join(", ")} (the diff compares normalised text)`);
      lines.push(`  raw ${d.stream}:`);
      lines.push(indent(d.raw.replace(/\n$/, ""), "  | "));
    }
  }
  return lines.join("\n");
}
