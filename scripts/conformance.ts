/**
 * `deno task conformance [FILTER…] [options]`: runs conformance cases on an engine (the
 * interpreter by default) and compares stdout, stderr and the exit status with their recordings.
 * See USAGE below and README "Running the conformance suite".
 */

import { encodeExact } from "./harness/bytes.ts";
import { join } from "node:path";
import { parseArgs, UsageError } from "./harness/args.ts";
import { writeFileAtomic } from "./harness/atomic.ts";
import { type Case, discover, type HygieneError, selectCases } from "./harness/case.ts";
import { unifiedDiff } from "./harness/compare.ts";
import { type KnownFailure, loadKnownFailures } from "./harness/known.ts";
import { jsonReport, junitReport, type RunInfo, totalsOf } from "./harness/reports.ts";
import { baselineVerdict, compareWithBaseline, formatComparison, runForBaseline } from "./harness/baseline.ts";
import { writeHtmlReport } from "./harness/html.ts";
import { markdownSummary } from "./harness/markdown.ts";
import { readResults, type ResultsJson, validateResults } from "./harness/results_json.ts";
import {
  type CaseResult,
  DEFAULT_MAX_STEPS,
  DEFAULT_SEEDS,
  DEFAULT_TIMEOUT_SECONDS,
  displayPath,
  type Engine,
  engineName,
  formatFailure,
  runSuite,
  statusLine,
} from "./harness/suite.ts";

const USAGE = `usage: deno task conformance [FILTER…] [options]

Runs conformance cases and compares stdout, stderr and exit status with their recordings.
Every case runs under the default schedule and under seeds 1..K; it passes only if all match.

  FILTER                case id (pipes/basic_write_read), area (pipes), path or substring;
                        default: every case
  --list                print the selected case ids and exit
  --seeds K             seeds per case after the default schedule (default ${DEFAULT_SEEDS};
                        a case's \`//@ seeds:\` wins when larger)
  --jobs N              cases run in parallel (default: number of CPUs)
  --engine E            interp (default): this interpreter, in worker threads;
                        native: compile each case with the pinned rustc and run the binary;
                        'CMD …': run a shell command per case, {mir} {rs} {case} replaced by the
                        MIR path, Rust path and case id (no placeholder: the MIR path is appended);
                        the case's stdin is fed to it. Non-interp engines run each case once and
                        skip interp-only cases.
  --max-steps N         interpreter step limit of a case without \`//@ max-steps:\` (default ${DEFAULT_MAX_STEPS})
  --timeout SECONDS     wall-clock limit of a case, all schedules (default ${DEFAULT_TIMEOUT_SECONDS})
  --quiet               print only failures and the summary
  --bless               rewrite interp-only expectations (<name>.blessed.*) from the interpreter;
                        refused when CI is set or when schedules disagree
  --junit FILE          write a JUnit XML report
  --json FILE           write a JSON report
  --html DIR            write the HTML report (DIR/index.html, self-contained)
  --markdown FILE       write a Markdown summary (\`-\` for stdout)
  --baseline FILE       a JSON report of an earlier run: fail only on regressions (cases that
                        passed there and do not now); newly passing cases are listed
  --known-failures FILE known-failures list (default: <root>/known-failures.txt with --engine
                        interp, none with other engines)
  --shard I/N           run only the selected cases whose index (in id order) is I-1 modulo N
  --root DIR            corpus directory (default: conformance)
  --help                this text

Exit status: 0 all passed (known failures allowed), 1 a failure or hygiene problem, 2 usage error.`;

/** Parsed command line. */
interface Cli {
  filters: string[];
  list: boolean;
  seeds: number;
  jobs: number;
  engine: Engine;
  maxSteps: number;
  timeoutSeconds: number;
  quiet: boolean;
  bless: boolean;
  junit?: string;
  json?: string;
  html?: string;
  markdown?: string;
  baseline?: string;
  knownFailures?: string;
  shard?: { index: number; count: number };
  root: string;
}

function parseCli(args: string[]): Cli | "help" {
  const p = parseArgs(args, [
    { name: "list" },
    { name: "seeds", value: "int" },
    { name: "jobs", value: "int" },
    { name: "engine", value: "string" },
    { name: "max-steps", value: "int" },
    { name: "timeout", value: "string" },
    { name: "quiet" },
    { name: "bless" },
    { name: "junit", value: "string" },
    { name: "json", value: "string" },
    { name: "html", value: "string" },
    { name: "markdown", value: "string" },
    { name: "baseline", value: "string" },
    { name: "known-failures", value: "string" },
    { name: "shard", value: "string" },
    { name: "root", value: "string" },
    { name: "help" },
  ]);
  if (p.opts.has("help")) return "help";
  if (p.rest.length) throw new UsageError(`unexpected arguments after \`--\`: ${p.rest.join(" ")}`);
  const o = p.opts;
  const jobs = (o.get("jobs") as number | undefined) ?? (navigator.hardwareConcurrency || 2);
  if (jobs < 1) throw new UsageError("`--jobs` must be at least 1");
  const maxSteps = (o.get("max-steps") as number | undefined) ?? DEFAULT_MAX_STEPS;
  if (maxSteps < 1) throw new UsageError("`--max-steps` must be at least 1");
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  if (o.has("timeout")) {
    const t = o.get("timeout") as string;
    if (!/^[0-9]+(\.[0-9]+)?$/.test(t) || Number(t) <= 0) {
      throw new UsageError(`\`--timeout\` needs a positive number of seconds, got \`${t}\``);
    }
    timeoutSeconds = Number(t);
  }
  let shard: Cli["shard"];
  if (o.has("shard")) {
    const m = /^([0-9]+)\/([0-9]+)$/.exec(o.get("shard") as string);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
      throw new UsageError(`\`--shard\` needs I/N with 1 <= I <= N, got \`${o.get("shard")}\``);
    }
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }
  const e = (o.get("engine") as string | undefined) ?? "interp";
  if (e.trim() === "") throw new UsageError("`--engine` needs interp, native or a command");
  const engine: Engine = e === "interp" || e === "native" ? { kind: e } : { kind: "command", command: e };
  const bless = o.has("bless");
  if (bless && engine.kind !== "interp") throw new UsageError("`--bless` blesses from the interpreter only");
  return {
    filters: p.positional,
    list: o.has("list"),
    seeds: (o.get("seeds") as number | undefined) ?? DEFAULT_SEEDS,
    jobs,
    engine,
    maxSteps,
    timeoutSeconds,
    quiet: o.has("quiet"),
    bless,
    junit: o.get("junit") as string | undefined,
    json: o.get("json") as string | undefined,
    html: o.get("html") as string | undefined,
    markdown: o.get("markdown") as string | undefined,
    baseline: o.get("baseline") as string | undefined,
    knownFailures: o.get("known-failures") as string | undefined,
    shard,
    root: (o.get("root") as string | undefined) ?? "conformance",
  };
}

const enc = new TextEncoder();

function writeOut(s: string) {
  const b = enc.encode(s);
  let off = 0;
  while (off < b.length) off += Deno.stdout.writeSync(b.subarray(off));
}

/** Progress output: a live status line on a terminal, else one line per case in id order. */
class Progress {
  #results: (CaseResult | undefined)[];
  #next = 0;
  #done = 0;
  #failed = 0;
  #start = performance.now();
  #timer?: ReturnType<typeof setInterval>;

  constructor(total: number, readonly mode: "tty" | "lines" | "quiet") {
    this.#results = new Array(total);
    if (mode === "tty" && total > 0) {
      this.#draw();
      this.#timer = setInterval(() => this.#draw(), 1000);
    }
  }

  #elapsed(): string {
    const s = Math.floor((performance.now() - this.#start) / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }

  #draw() {
    writeOut(
      `\r\x1b[K[${this.#done}/${this.#results.length}] ${this.#failed} failed, ${this.#elapsed()} elapsed`,
    );
  }

  done(i: number, r: CaseResult) {
    this.#results[i] = r;
    this.#done++;
    const failed = r.status === "failed" || r.status === "timeout";
    if (failed) this.#failed++;
    if (this.mode === "tty") {
      if (failed) writeOut(`\r\x1b[K${statusLine(r)}\n`);
      this.#draw();
    } else if (this.mode === "lines") {
      while (this.#next < this.#results.length && this.#results[this.#next]) {
        writeOut(`${statusLine(this.#results[this.#next]!)}\n`);
        this.#next++;
      }
    }
  }

  finish() {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    if (this.mode === "tty" && this.#results.length > 0) writeOut("\r\x1b[K");
  }
}

async function main(): Promise<number> {
  let cli: Cli | "help";
  try {
    cli = parseCli(Deno.args);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (cli === "help") {
    console.log(USAGE);
    return 0;
  }
  // Read the baseline before running anything, so a bad path fails at once.
  let baseline: ResultsJson | undefined;
  if (cli.baseline) {
    try {
      baseline = await readResults(cli.baseline);
    } catch (e) {
      console.error(`error: --baseline: ${(e as Error).message}`);
      return 2;
    }
  }
  if (cli.bless && Deno.env.get("CI")) {
    console.error(
      "error: --bless refuses to run when CI is set: blessed expectations are written and reviewed by people",
    );
    return 2;
  }
  const corpus = discover(cli.root);
  let problems: HygieneError[] = [...corpus.problems];
  let selected: Case[] = selectCases(corpus.cases, cli.filters);
  for (const f of cli.filters) {
    if (selectCases(corpus.cases, [f]).length === 0) {
      console.error(`error: no case matches \`${f}\``);
      return 1;
    }
  }
  if (cli.shard) {
    const { index, count } = cli.shard;
    selected = selected.filter((_, i) => i % count === index - 1);
  }
  if (cli.bless) {
    // Blessing creates missing `.blessed.*` files of the selected interp-only cases.
    const blessing = new Set(selected.filter((c) => c.header.interpOnly).map((c) => c.rsPath));
    problems = problems.filter((p) =>
      !(blessing.has(p.file) && /missing expectation `[^`]*\.blessed\./.test(p.message))
    );
  }
  const knownPath = cli.knownFailures ??
    (cli.engine.kind === "interp" ? join(cli.root, "known-failures.txt") : undefined);
  let known = new Map<string, KnownFailure>();
  if (knownPath !== undefined) {
    const k = loadKnownFailures(knownPath, new Set(corpus.cases.map((c) => c.id)), cli.knownFailures !== undefined);
    known = k.entries;
    problems.push(...k.problems);
  }
  const problemTexts = problems.map((p) => p.message);

  if (cli.list) {
    for (const c of selected) console.log(c.id);
    for (const p of problemTexts) console.error(`error: ${p}`);
    return problemTexts.length ? 1 : 0;
  }

  const mode = cli.quiet ? "quiet" : Deno.stdout.isTerminal() ? "tty" : "lines";
  const progress = new Progress(selected.length, mode);
  const start = performance.now();
  let results: CaseResult[];
  try {
    results = await runSuite(selected, {
      engine: cli.engine,
      seeds: cli.seeds,
      maxSteps: cli.maxSteps,
      timeoutMs: cli.timeoutSeconds * 1000,
      jobs: cli.jobs,
      bless: cli.bless,
      known,
    }, (i, r) => progress.done(i, r));
  } finally {
    progress.finish();
  }
  const elapsed = (performance.now() - start) / 1000;

  let blessFailed = false;
  if (cli.bless) blessFailed = !(await applyBless(results));

  const failures = results.filter((r) => r.status === "failed" || r.status === "timeout");
  if (failures.length) {
    console.log("");
    for (const r of failures) console.log(formatFailure(r) + "\n");
  }
  if (problemTexts.length) {
    console.log("hygiene problems:");
    for (const p of problemTexts) console.log(`error: ${p}`);
  }

  const info: RunInfo = {
    engine: engineName(cli.engine),
    seeds: cli.seeds,
    maxSteps: cli.maxSteps,
    timeoutSeconds: cli.timeoutSeconds,
    shard: cli.shard ? `${cli.shard.index}/${cli.shard.count}` : null,
    filters: cli.filters,
    knownFailures: knownPath === undefined ? null : displayPath(knownPath),
    bless: cli.bless,
    problems: problemTexts,
  };
  if (cli.json) await writeFileAtomic(cli.json, jsonReport(results, info));
  if (cli.junit) await writeFileAtomic(cli.junit, junitReport(results, info, formatFailure));

  // Human-facing reports and the baseline gate, all from the same JSON document.
  let baselineFailed = false;
  if (cli.html || cli.markdown || cli.baseline) {
    const current = validateResults(JSON.parse(jsonReport(results, info)));
    if (baseline) {
      const cmp = compareWithBaseline(runForBaseline([current], baseline), baseline);
      console.log(formatComparison(current, baseline, cmp));
      baselineFailed = !baselineVerdict(cmp).ok;
    }
    const opts = { root: cli.root, baseline, baselineName: cli.baseline };
    if (cli.html) console.log(`html report: ${await writeHtmlReport(cli.html, [current], opts)}`);
    if (cli.markdown) {
      const md = markdownSummary([current], opts);
      if (cli.markdown === "-") console.log(md);
      else await writeFileAtomic(cli.markdown, md);
    }
  }

  const t = totalsOf(results, problemTexts.length);
  if (!cli.quiet) console.log(`elapsed: ${elapsed.toFixed(1)} s (${cli.jobs} jobs, engine ${info.engine})`);
  console.log(`known failures: ${t.knownFailures}`);
  if (t.problems) console.log(`hygiene problems: ${t.problems}`);
  console.log(`conformance: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  // With a baseline only regressions fail the run (hygiene problems and a refused bless still do).
  const failed = cli.baseline ? baselineFailed : t.failed > 0;
  return failed || t.problems || blessFailed ? 1 : 0;
}

/** Writes the blessed expectations (all or nothing); prints what changed. Returns false if refused. */
async function applyBless(results: CaseResult[]): Promise<boolean> {
  const refused = results.filter((r) => r.blessRefused);
  if (refused.length) {
    console.log(`bless: refused, nothing written: ${refused.length} case(s) cannot be blessed:`);
    for (const r of refused) console.log(`  ${r.id}: ${r.blessRefused}`);
    return false;
  }
  let written = 0;
  for (const r of results) {
    for (const w of r.bless ?? []) {
      await writeFileAtomic(w.path, encodeExact(w.text));
      written++;
      console.log(`bless: ${w.old === undefined ? "created" : "updated"} ${displayPath(w.path)}`);
      if (w.old !== undefined) console.log(unifiedDiff(w.path.split("/").pop()!, w.old, w.text));
    }
  }
  const blessed = results.filter((r) => r.bless !== undefined).length;
  console.log(`bless: ${blessed} interp-only case(s), ${written} file(s) written`);
  return true;
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main();
  } catch (e) {
    const detail = Deno.env.get("FDC_DEBUG") ? (e as Error)?.stack : (e as Error)?.message;
    console.error(`error: internal: ${detail ?? e} (a bug in the harness; FDC_DEBUG=1 shows its stack)`);
    code = 1;
  }
  Deno.exit(code);
}
