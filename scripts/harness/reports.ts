/**
 * Machine-readable reports of a conformance run: JSON (`--json FILE`) and JUnit XML (`--junit FILE`).
 *
 * JSON format `fd-conformance-results/1` (consumed by the HTML report tool; keys are stable,
 * nothing depends on the date, only `durationMs` values vary between identical runs):
 *
 * ```
 * {
 *   "format": "fd-conformance-results/1",
 *   "engine": "interp" | "native" | "command: CMD",
 *   "options": { "seeds": K, "maxSteps": N, "timeoutSeconds": S, "shard": "I/N" | null,
 *                "filters": [string], "knownFailures": path | null, "bless": bool },
 *   "totals": { "selected", "passed", "failed", "knownFailures", "skipped", "timeouts", "problems" },
 *   "problems": [string],            // hygiene problems, `file: message`; any fails the run
 *   "cases": [{                      // sorted by id
 *     "id": "area/name", "area", "name", "covers": [string], "interpOnly": kind | null,
 *     "status": "passed" | "failed" | "known-failure" | "skipped" | "timeout",
 *     "kind": failure kind | "unexpected-pass" | null,
 *     "outcome": interpreter outcome (exited, panicked, deadlock, …) | "timeout" | "crash" | "skipped" | …,
 *     "schedulesRun": n,             // including the default schedule
 *     "seedsRun": n,                 // seeded schedules run
 *     "failingSeed": n | "default" | null,
 *     "durationMs": n,
 *     "steps": n | null,             // interpreter steps of the default schedule
 *     "totalSteps": n | null,        // summed over the schedules run
 *     "note": string | null,         // skip reason, known-failure reason, unexpected pass, bless result
 *     "failure": null | {
 *       "kind", "schedule": "default schedule" | "seed N" | "single run", "seed": n | null,
 *       "outcome", "message", "reproduce",
 *       "filters": [string],         // normalisation filters that fired on the run's output
 *       "diffs": [{ "stream": "stdout" | "stderr" | "exit", "diff": unified diff,
 *                   "raw": text before normalisation | null, "filters": [string] }]
 *     }
 *   }]
 * }
 * ```
 *
 * `totals.failed` counts statuses `failed` and `timeout`; `totals.timeouts` counts `timeout` alone.
 */

import { type CaseResult, underSchedule } from "./suite.ts";

/** Totals of a run. `failed` includes timeouts; known failures are counted apart from passed. */
export interface Totals {
  selected: number;
  passed: number;
  failed: number;
  knownFailures: number;
  skipped: number;
  timeouts: number;
  problems: number;
}

/** Counts results by status. */
export function totalsOf(results: readonly CaseResult[], problems: number): Totals {
  const t: Totals = {
    selected: results.length,
    passed: 0,
    failed: 0,
    knownFailures: 0,
    skipped: 0,
    timeouts: 0,
    problems,
  };
  for (const r of results) {
    if (r.status === "passed") t.passed++;
    else if (r.status === "known-failure") t.knownFailures++;
    else if (r.status === "skipped") t.skipped++;
    else {
      t.failed++;
      if (r.status === "timeout") t.timeouts++;
    }
  }
  return t;
}

/** Run-wide facts for the reports. */
export interface RunInfo {
  engine: string;
  seeds: number;
  maxSteps: number;
  timeoutSeconds: number;
  shard: string | null;
  filters: string[];
  knownFailures: string | null;
  bless: boolean;
  problems: string[];
}

/** The JSON report (format above). */
export function jsonReport(results: readonly CaseResult[], info: RunInfo): string {
  const report = {
    format: "fd-conformance-results/1",
    engine: info.engine,
    options: {
      seeds: info.seeds,
      maxSteps: info.maxSteps,
      timeoutSeconds: info.timeoutSeconds,
      shard: info.shard,
      filters: info.filters,
      knownFailures: info.knownFailures,
      bless: info.bless,
    },
    totals: totalsOf(results, info.problems.length),
    problems: info.problems,
    cases: results.map((r) => ({
      id: r.id,
      area: r.area,
      name: r.name,
      covers: r.covers,
      interpOnly: r.interpOnly ?? null,
      status: r.status,
      kind: r.kind ?? null,
      outcome: r.outcome,
      schedulesRun: r.schedulesRun,
      seedsRun: r.seedsRun,
      failingSeed: r.failingSeed,
      durationMs: r.durationMs,
      steps: r.steps,
      totalSteps: r.totalSteps,
      note: r.note ?? null,
      failure: r.failure
        ? {
          kind: r.failure.kind,
          schedule: r.failure.schedule,
          seed: r.failure.seed ?? null,
          outcome: r.failure.outcome,
          message: r.failure.message,
          reproduce: r.failure.reproduce,
          filters: r.failure.filters,
          diffs: r.failure.diffs.map((d) => ({
            stream: d.stream,
            diff: d.diff,
            raw: d.raw ?? null,
            filters: d.filters,
          })),
        }
        : null,
    })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

/** Escapes text for XML content and attributes (and drops characters XML 1.0 forbids). */
export function xmlEscape(s: string): string {
  return s
    // deno-lint-ignore no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The JUnit XML report: one `<testsuite>` per area, one `<testcase>` per case
 * (classname `conformance.<area>`, name `<name>`). A failure's message names the kind and the
 * failing schedule (seed), its body holds the diffs and the reproducing command. Skipped cases and
 * known failures are `<skipped/>` (the message says which). Hygiene problems are one failing
 * testcase `hygiene` in a suite `corpus`.
 */
export function junitReport(
  results: readonly CaseResult[],
  info: RunInfo,
  formatFailure: (r: CaseResult) => string,
): string {
  const byArea = new Map<string, CaseResult[]>();
  for (const r of results) byArea.set(r.area, [...(byArea.get(r.area) ?? []), r]);
  const t = totalsOf(results, info.problems.length);
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const totalMs = results.reduce((a, r) => a + r.durationMs, 0);
  out.push(
    `<testsuites name="fd-conformance (${xmlEscape(info.engine)})" tests="${t.selected + (t.problems ? 1 : 0)}" ` +
      `failures="${t.failed + (t.problems ? 1 : 0)}" skipped="${t.skipped + t.knownFailures}" time="${secs(totalMs)}">`,
  );
  if (info.problems.length) {
    out.push(`  <testsuite name="corpus" tests="1" failures="1" skipped="0" time="0.000">`);
    out.push(`    <testcase classname="conformance.corpus" name="hygiene" time="0.000">`);
    out.push(
      `      <failure message="${info.problems.length} hygiene problem(s)" type="hygiene">${
        xmlEscape(info.problems.join("\n"))
      }</failure>`,
    );
    out.push(`    </testcase>`);
    out.push(`  </testsuite>`);
  }
  for (const [area, rs] of byArea) {
    const at = totalsOf(rs, 0);
    const ms = rs.reduce((a, r) => a + r.durationMs, 0);
    out.push(
      `  <testsuite name="${xmlEscape(area)}" tests="${at.selected}" failures="${at.failed}" ` +
        `skipped="${at.skipped + at.knownFailures}" time="${secs(ms)}">`,
    );
    for (const r of rs) {
      const open = `    <testcase classname="conformance.${xmlEscape(area)}" name="${xmlEscape(r.name)}" time="${
        secs(r.durationMs)
      }"`;
      if (r.status === "passed") {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      if (r.status === "skipped") out.push(`      <skipped message="${xmlEscape(r.note ?? "skipped")}"/>`);
      else if (r.status === "known-failure") {
        const f = r.failure!;
        out.push(
          `      <skipped message="${
            xmlEscape(`known failure: ${f.kind}${underSchedule(f.seed)}; ${r.note ?? ""}`)
          }"/>`,
        );
      } else {
        const kind = r.kind ?? "error";
        const message = r.failure
          ? `${r.failure.kind}${underSchedule(r.failure.seed)}: ${r.failure.message}`
          : (r.note ?? kind);
        out.push(
          `      <failure message="${xmlEscape(message)}" type="${xmlEscape(kind)}">${
            xmlEscape(formatFailure(r))
          }</failure>`,
        );
      }
      out.push(`    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return out.join("\n") + "\n";
}
