/**
 * Reading JSON results (`fd-conformance-results/1`, written by reports.ts) for the HTML and
 * Markdown reports and the baseline comparison: types, validation, the outcome columns of the
 * matrix, and engine columns (runs of one engine, e.g. shards, merged).
 */

/** Format tag of the JSON results. */
export const RESULTS_FORMAT = "fd-conformance-results/1";

/** A case's status in the JSON. */
export type CaseStatusJson = "passed" | "failed" | "known-failure" | "skipped" | "timeout";

/** One differing stream of a failure. */
export interface DiffJson {
  stream: "stdout" | "stderr" | "exit";
  diff: string;
  raw: string | null;
  filters: string[];
}

/** How a case failed. */
export interface FailureJson {
  kind: string;
  schedule: string;
  seed: number | null;
  outcome: string;
  message: string;
  reproduce: string;
  filters: string[];
  diffs: DiffJson[];
}

/** One case of a run. */
export interface CaseJson {
  id: string;
  area: string;
  name: string;
  covers: string[];
  interpOnly: string | null;
  status: CaseStatusJson;
  kind: string | null;
  outcome: string;
  schedulesRun: number;
  seedsRun: number;
  failingSeed: number | "default" | null;
  durationMs: number;
  steps: number | null;
  totalSteps: number | null;
  note: string | null;
  failure: FailureJson | null;
}

/** A whole results file, as parsed. */
export interface ResultsJson {
  format: typeof RESULTS_FORMAT;
  engine: string;
  options: {
    seeds: number;
    maxSteps: number;
    timeoutSeconds: number;
    shard: string | null;
    filters: string[];
    knownFailures: string | null;
    bless: boolean;
  };
  totals: {
    selected: number;
    passed: number;
    failed: number;
    knownFailures: number;
    skipped: number;
    timeouts: number;
    problems: number;
  };
  problems: string[];
  cases: CaseJson[];
}

const STATUSES: readonly string[] = ["passed", "failed", "known-failure", "skipped", "timeout"];

/** Thrown when a file is not valid JSON results; the message names the file. */
export class ResultsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ResultsError";
  }
}

/**
 * Checks that `data` (parsed JSON) has the shape of `fd-conformance-results/1` and returns it typed.
 * Only what the reports use is checked; missing optional fields are filled with null/empty values.
 */
export function validateResults(data: unknown, file = "results"): ResultsJson {
  const bad = (what: string): never => {
    throw new ResultsError(`${file}: not ${RESULTS_FORMAT} results: ${what}`);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) bad("not a JSON object");
  const d = data as Record<string, unknown>;
  if (d.format !== RESULTS_FORMAT) bad(`\`format\` is ${JSON.stringify(d.format)}, expected "${RESULTS_FORMAT}"`);
  if (typeof d.engine !== "string" || d.engine === "") bad("`engine` is missing");
  if (!Array.isArray(d.cases)) bad("`cases` is not an array");
  const cases = (d.cases as unknown[]).map((c, i): CaseJson => {
    if (typeof c !== "object" || c === null) bad(`cases[${i}] is not an object`);
    const o = c as Record<string, unknown>;
    if (typeof o.id !== "string" || !o.id.includes("/")) bad(`cases[${i}].id is not \`area/name\``);
    if (typeof o.status !== "string" || !STATUSES.includes(o.status)) {
      bad(`cases[${i}] (${o.id}): unknown status ${JSON.stringify(o.status)}`);
    }
    const id = o.id as string;
    const slash = id.indexOf("/");
    const num = (v: unknown, dflt: number) => typeof v === "number" && Number.isFinite(v) ? v : dflt;
    const f = o.failure as Record<string, unknown> | null | undefined;
    return {
      id,
      area: typeof o.area === "string" ? o.area : id.slice(0, slash),
      name: typeof o.name === "string" ? o.name : id.slice(slash + 1),
      covers: Array.isArray(o.covers) ? o.covers.map(String) : [],
      interpOnly: typeof o.interpOnly === "string" ? o.interpOnly : null,
      status: o.status as CaseStatusJson,
      kind: typeof o.kind === "string" ? o.kind : null,
      outcome: typeof o.outcome === "string" ? o.outcome : "",
      schedulesRun: num(o.schedulesRun, 0),
      seedsRun: num(o.seedsRun, 0),
      failingSeed: typeof o.failingSeed === "number" || o.failingSeed === "default" ? o.failingSeed : null,
      durationMs: num(o.durationMs, 0),
      steps: typeof o.steps === "number" ? o.steps : null,
      totalSteps: typeof o.totalSteps === "number" ? o.totalSteps : null,
      note: typeof o.note === "string" ? o.note : null,
      failure: f && typeof f === "object"
        ? {
          kind: String(f.kind ?? ""),
          schedule: String(f.schedule ?? ""),
          seed: typeof f.seed === "number" ? f.seed : null,
          outcome: String(f.outcome ?? ""),
          message: String(f.message ?? ""),
          reproduce: String(f.reproduce ?? ""),
          filters: Array.isArray(f.filters) ? f.filters.map(String) : [],
          diffs: Array.isArray(f.diffs)
            ? (f.diffs as Record<string, unknown>[]).map((x) => ({
              stream: String(x?.stream) as DiffJson["stream"],
              diff: String(x?.diff ?? ""),
              raw: typeof x?.raw === "string" ? x.raw : null,
              filters: Array.isArray(x?.filters) ? x.filters.map(String) : [],
            }))
            : [],
        }
        : null,
    };
  });
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) bad(`case \`${c.id}\` is listed twice`);
    seen.add(c.id);
  }
  const opts = (typeof d.options === "object" && d.options !== null ? d.options : {}) as Record<string, unknown>;
  const problems = Array.isArray(d.problems) ? d.problems.map(String) : [];
  const t = (typeof d.totals === "object" && d.totals !== null ? d.totals : {}) as Record<string, unknown>;
  const computed = totalsOfCases(cases, problems.length);
  return {
    format: RESULTS_FORMAT,
    engine: d.engine as string,
    options: {
      seeds: typeof opts.seeds === "number" ? opts.seeds : 0,
      maxSteps: typeof opts.maxSteps === "number" ? opts.maxSteps : 0,
      timeoutSeconds: typeof opts.timeoutSeconds === "number" ? opts.timeoutSeconds : 0,
      shard: typeof opts.shard === "string" ? opts.shard : null,
      filters: Array.isArray(opts.filters) ? opts.filters.map(String) : [],
      knownFailures: typeof opts.knownFailures === "string" ? opts.knownFailures : null,
      bless: opts.bless === true,
    },
    totals: { ...computed, problems: typeof t.problems === "number" ? t.problems : problems.length },
    problems,
    cases,
  };
}

/** Parses the text of a results file (see validateResults). */
export function parseResults(text: string, file = "results"): ResultsJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ResultsError(`${file}: invalid JSON: ${(e as Error).message}`);
  }
  return validateResults(data, file);
}

/** Reads and parses a results file; errors (unreadable, invalid) are ResultsErrors naming the file. */
export async function readResults(path: string): Promise<ResultsJson> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (e) {
    throw new ResultsError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseResults(text, path);
}

/** Totals as in reports.ts, computed from the cases. */
export function totalsOfCases(cases: readonly CaseJson[], problems = 0): ResultsJson["totals"] {
  const t = { selected: cases.length, passed: 0, failed: 0, knownFailures: 0, skipped: 0, timeouts: 0, problems };
  for (const c of cases) {
    if (c.status === "passed") t.passed++;
    else if (c.status === "known-failure") t.knownFailures++;
    else if (c.status === "skipped") t.skipped++;
    else {
      t.failed++;
      if (c.status === "timeout") t.timeouts++;
    }
  }
  return t;
}

/**
 * The matrix columns. Each case is in exactly one, chosen in this order: `passed`, `skipped`,
 * `timeout` by status; then `unsupported` when the outcome is `unsupported` (failed or known
 * failure); then `known-failure`, else `failed` (mismatches, crashes, unexpected passes, …).
 */
export const CATEGORIES = ["passed", "failed", "known-failure", "skipped", "timeout", "unsupported"] as const;
/** A matrix column. */
export type Category = typeof CATEGORIES[number];

/** Column headings of the categories. */
export const CATEGORY_LABELS: Record<Category, string> = {
  passed: "passed",
  failed: "failed",
  "known-failure": "known failure",
  skipped: "skipped",
  timeout: "timeout",
  unsupported: "unsupported",
};

/** The matrix column of a case (see CATEGORIES). */
export function categoryOf(c: CaseJson): Category {
  if (c.status === "passed" || c.status === "skipped" || c.status === "timeout") return c.status;
  if (c.outcome === "unsupported" || c.failure?.outcome === "unsupported") return "unsupported";
  return c.status;
}

/** Counts per category. */
export type CategoryCounts = Record<Category, number> & { total: number };

/** Zero counts. */
export function emptyCounts(): CategoryCounts {
  return { passed: 0, failed: 0, "known-failure": 0, skipped: 0, timeout: 0, unsupported: 0, total: 0 };
}

/** Counts of `cases` per category. */
export function countCases(cases: Iterable<CaseJson>): CategoryCounts {
  const n = emptyCounts();
  for (const c of cases) {
    n[categoryOf(c)]++;
    n.total++;
  }
  return n;
}

/** Whether a case status is a failure of the run (`failed` or `timeout`; known failures are not). */
export function isFailing(status: CaseStatusJson): boolean {
  return status === "failed" || status === "timeout";
}

/** One engine column of a report: a run, or several runs of one engine (shards) merged. */
export interface EngineColumn {
  /** Column heading: the engine, with ` (2)`, … when two runs of one engine overlap. */
  label: string;
  engine: string;
  run: ResultsJson;
  byId: Map<string, CaseJson>;
}

/**
 * The engine columns of `runs`, in order of first appearance. Runs of the same engine with
 * disjoint cases (shards) are merged into one column; overlapping runs get their own column.
 */
export function engineColumns(runs: readonly ResultsJson[]): EngineColumn[] {
  const cols: EngineColumn[] = [];
  for (const run of runs) {
    const merge = cols.find((c) => c.engine === run.engine && run.cases.every((k) => !c.byId.has(k.id)));
    if (merge) {
      const cases = [...merge.run.cases, ...run.cases].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const problems = [...new Set([...merge.run.problems, ...run.problems])];
      const shards = [merge.run.options.shard, run.options.shard].filter((s) => s !== null).join(", ");
      merge.run = {
        ...merge.run,
        options: { ...merge.run.options, shard: shards || null },
        problems,
        cases,
        totals: totalsOfCases(cases, problems.length),
      };
      for (const c of run.cases) merge.byId.set(c.id, c);
      continue;
    }
    const same = cols.filter((c) => c.engine === run.engine).length;
    cols.push({
      label: same ? `${run.engine} (${same + 1})` : run.engine,
      engine: run.engine,
      run,
      byId: new Map(run.cases.map((c) => [c.id, c])),
    });
  }
  return cols;
}

/** Every case id of the columns, sorted, with its area and name (from the first column having it). */
export function allCases(cols: readonly EngineColumn[]): CaseJson[] {
  const m = new Map<string, CaseJson>();
  for (const col of cols) for (const c of col.run.cases) if (!m.has(c.id)) m.set(c.id, c);
  return [...m.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Areas of the columns, sorted. */
export function allAreas(cols: readonly EngineColumn[]): string[] {
  return [...new Set(cols.flatMap((c) => c.run.cases.map((k) => k.area)))].sort();
}

/**
 * Whether the statuses of a case differ between engines. Engines that skipped the case or did not
 * run it are left out (interp-only cases are skipped on other engines by design).
 */
export function statusesDiffer(id: string, cols: readonly EngineColumn[]): boolean {
  const ran = cols.map((c) => c.byId.get(id)).filter((c) => c && c.status !== "skipped");
  return new Set(ran.map((c) => c!.status)).size > 1;
}

/** Ids of the cases whose status differs between engines (see statusesDiffer), sorted. */
export function differingCases(cols: readonly EngineColumn[]): string[] {
  if (cols.length < 2) return [];
  return allCases(cols).map((c) => c.id).filter((id) => statusesDiffer(id, cols));
}

/** A one-line reason for a non-passing case: kind, schedule and the first line of the message. */
export function oneLineReason(c: CaseJson, max = 160): string {
  let s: string;
  if (c.status === "skipped") s = `skipped${c.note ? `: ${c.note}` : ""}`;
  else if (c.kind === "unexpected-pass") s = `unexpected pass${c.note ? `: ${c.note}` : ""}`;
  else if (c.failure) {
    const f = c.failure;
    const where = f.schedule && f.schedule !== "single run" ? ` under the ${f.schedule}` : "";
    const msg = f.message.split("\n")[0].trim();
    s = `${f.kind}${where}${msg ? `: ${msg}` : ""}`;
  } else s = c.note ?? c.status;
  s = s.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
