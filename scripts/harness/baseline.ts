/**
 * Comparing a run with a baseline run (e.g. the results of main): what regressed, what newly
 * passes. Only regressions fail a gate: a case that passed (status `passed`) in the baseline and
 * does not pass now (failed, timeout, known failure or skipped). Cases new since the baseline never
 * regress, even when they fail; they are listed apart.
 */

import { type CaseJson, engineColumns, oneLineReason, type ResultsJson } from "./results_json.ts";

/** The outcome of a comparison; every list is of case ids, sorted. */
export interface BaselineComparison {
  /** Passed in the baseline, present now and not passed. */
  regressions: string[];
  /** Present in both, not passed in the baseline, passed now. */
  newlyPassing: string[];
  /** Present in both, did not pass in the baseline, fails now (failed, timeout or known failure). */
  stillFailing: string[];
  /** Only in the current run (whatever their status). */
  newCases: string[];
  /** Only in the baseline. */
  removedCases: string[];
}

/** Compares `current` with `baseline` case by case (matched by id). */
export function compareWithBaseline(current: ResultsJson, baseline: ResultsJson): BaselineComparison {
  const before = new Map(baseline.cases.map((c) => [c.id, c]));
  const now = new Map(current.cases.map((c) => [c.id, c]));
  const out: BaselineComparison = {
    regressions: [],
    newlyPassing: [],
    stillFailing: [],
    newCases: [],
    removedCases: [],
  };
  for (const [id, c] of now) {
    const b = before.get(id);
    if (!b) out.newCases.push(id);
    else if (b.status === "passed" && c.status !== "passed") out.regressions.push(id);
    else if (b.status !== "passed" && c.status === "passed") out.newlyPassing.push(id);
    else if (b.status !== "passed" && c.status !== "passed" && c.status !== "skipped") out.stillFailing.push(id);
  }
  for (const id of before.keys()) if (!now.has(id)) out.removedCases.push(id);
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** The gate's decision. */
export interface BaselineVerdict {
  /** True when nothing regressed. */
  ok: boolean;
  /** The exit status to use: 0 when ok, 1 on regressions. */
  exitCode: 0 | 1;
  /** One line, e.g. `baseline: 2 regressions, 1 newly passing, 1 still failing, 1 new case, 1 removed`. */
  summary: string;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The exit decision of a comparison: fail (exit 1) only on regressions. */
export function baselineVerdict(cmp: BaselineComparison): BaselineVerdict {
  const ok = cmp.regressions.length === 0;
  const summary =
    `baseline: ${plural(cmp.regressions.length, "regression")}, ${cmp.newlyPassing.length} newly passing, ` +
    `${cmp.stillFailing.length} still failing, ${plural(cmp.newCases.length, "new case")}, ` +
    `${cmp.removedCases.length} removed`;
  return { ok, exitCode: ok ? 0 : 1, summary };
}

/**
 * The comparison as text for a terminal: the summary, then the regressions (with the current
 * reason) and the newly passing cases, one per line.
 */
export function formatComparison(current: ResultsJson, baseline: ResultsJson, cmp: BaselineComparison): string {
  const byId = new Map<string, CaseJson>(current.cases.map((c) => [c.id, c]));
  const lines = [
    `${baselineVerdict(cmp).summary} (current: ${current.engine}, ${current.cases.length} cases; ` +
    `baseline: ${baseline.engine}, ${baseline.cases.length} cases)`,
  ];
  if (cmp.regressions.length) {
    lines.push("regressions (passed in the baseline, not now):");
    for (const id of cmp.regressions) lines.push(`  ${id}: ${oneLineReason(byId.get(id)!)}`);
  }
  if (cmp.newlyPassing.length) {
    lines.push("newly passing:");
    for (const id of cmp.newlyPassing) lines.push(`  ${id}`);
  }
  const newFailing = cmp.newCases.filter((id) =>
    byId.get(id)!.status !== "passed" && byId.get(id)!.status !== "skipped"
  );
  if (newFailing.length) {
    lines.push("new cases not passing (not regressions):");
    for (const id of newFailing) lines.push(`  ${id}: ${oneLineReason(byId.get(id)!)}`);
  }
  return lines.join("\n");
}

/**
 * The run of `runs` to compare with `baseline`: the first of the baseline's engine, else the first
 * run. Runs of one engine with disjoint cases (shards) are merged first (see engineColumns).
 */
export function runForBaseline(runs: readonly ResultsJson[], baseline: ResultsJson): ResultsJson {
  const cols = engineColumns(runs);
  if (cols.length === 0) throw new Error("runForBaseline: no runs");
  return (cols.find((c) => c.engine === baseline.engine) ?? cols[0]).run;
}
