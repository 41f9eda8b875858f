/**
 * The Markdown summary of one or more JSON results: for a pull-request comment or a GitHub job
 * summary (`--markdown "$GITHUB_STEP_SUMMARY"`). Totals per engine, the baseline comparison when
 * given (regressions first, then newly passing), a per-area table, the differences between
 * engines, and the first N failing cases with one-line reasons.
 */

import { type BaselineComparison, baselineVerdict, compareWithBaseline, runForBaseline } from "./baseline.ts";
import {
  allAreas,
  type CaseJson,
  CATEGORIES,
  CATEGORY_LABELS,
  type CategoryCounts,
  categoryOf,
  countCases,
  differingCases,
  type EngineColumn,
  engineColumns,
  isFailing,
  oneLineReason,
  type ResultsJson,
} from "./results_json.ts";

/** Options of the Markdown summary. */
export interface MarkdownOptions {
  /** Heading (default `fd conformance results`). */
  title?: string;
  /** Failing cases listed (default 20); also caps the differences and baseline lists. */
  maxFailures?: number;
  /** A baseline run to compare with: the run of its engine, else the first run. */
  baseline?: ResultsJson;
  /** How to name the baseline, e.g. its file name. */
  baselineName?: string;
}

/** Default number of failing cases listed. */
export const DEFAULT_MAX_FAILURES = 20;

function escText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/([*_[\]~])/g, "\\$1");
}

/**
 * Inline Markdown for arbitrary text: backtick-quoted parts stay code spans, the rest is escaped
 * (so `<fd 101>` or `*` survive GitHub's renderer); one line.
 */
export function mdInline(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  const parts = one.split("`");
  if (parts.length % 2 === 0) return escText(one).replace(/`/g, "\\`");
  return parts.map((p, i) => i % 2 ? (p === "" ? "``" : `\`${p}\``) : escText(p)).join("");
}

/** A table cell: inline Markdown with `|` escaped. */
function cell(s: string): string {
  return mdInline(s).replace(/\|/g, "\\|");
}

/** A case id as code (ids are `[a-z0-9_-]/[a-z0-9_]`, but stay safe). */
function code(id: string): string {
  return `\`${id.replace(/`/g, "'")}\``;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function shortCounts(n: CategoryCounts): string {
  const rest = CATEGORIES.filter((k) => k !== "passed" && n[k] > 0).map((k) => `${n[k]} ${CATEGORY_LABELS[k]}`);
  return [`${n.passed}/${n.total} passed`, ...rest].join(" · ");
}

function capped<T>(items: T[], max: number, line: (t: T) => string): string[] {
  const out = items.slice(0, max).map(line);
  if (items.length > max) out.push(`- … and ${items.length - max} more`);
  return out;
}

function baselineSection(
  cmp: BaselineComparison,
  current: EngineColumn,
  baseline: ResultsJson,
  name: string,
  max: number,
): string[] {
  const v = baselineVerdict(cmp);
  const reason = (id: string) => {
    const c = current.byId.get(id);
    return c ? ` — ${mdInline(oneLineReason(c))}` : "";
  };
  const out = [
    "### Baseline",
    "",
    `Compared with the baseline ${code(name)} (engine ${cell(baseline.engine)}, ${baseline.cases.length} cases); ` +
    `current run: ${cell(current.label)} (${current.run.cases.length} cases).`,
    "",
    v.ok
      ? `✅ **No regressions.** ${cmp.newlyPassing.length} newly passing, ${cmp.stillFailing.length} still failing, ` +
        `${plural(cmp.newCases.length, "new case")}, ${cmp.removedCases.length} removed.`
      : `❌ **${plural(cmp.regressions.length, "regression")}** (passed in the baseline, not now). ` +
        `${cmp.newlyPassing.length} newly passing, ${cmp.stillFailing.length} still failing, ` +
        `${plural(cmp.newCases.length, "new case")}, ${cmp.removedCases.length} removed.`,
    "",
  ];
  if (cmp.regressions.length) {
    out.push("**Regressions:**", "", ...capped(cmp.regressions, max, (id) => `- ${code(id)}${reason(id)}`), "");
  }
  if (cmp.newlyPassing.length) {
    out.push("**Newly passing:**", "", ...capped(cmp.newlyPassing, max, (id) => `- ${code(id)}`), "");
  }
  const newFailing = cmp.newCases.filter((id) => {
    const c = current.byId.get(id);
    return c && c.status !== "passed" && c.status !== "skipped";
  });
  if (newFailing.length) {
    out.push(
      "**New cases not passing** (not regressions):",
      "",
      ...capped(newFailing, max, (id) => `- ${code(id)}${reason(id)}`),
      "",
    );
  }
  return out;
}

/**
 * The Markdown summary of `runs` (parsed JSON results, the file's shape). Runs of one engine with
 * disjoint cases (shards) are merged into one column.
 */
export function markdownSummary(runs: readonly ResultsJson[], opts: MarkdownOptions = {}): string {
  if (runs.length === 0) throw new Error("markdownSummary: no runs");
  const max = opts.maxFailures ?? DEFAULT_MAX_FAILURES;
  const cols = engineColumns(runs);
  const areas = allAreas(cols);
  const out: string[] = [`## ${opts.title ?? "fd conformance results"}`, ""];

  let cmp: BaselineComparison | undefined;
  let baseCol: EngineColumn | undefined;
  if (opts.baseline) {
    const current = runForBaseline(runs, opts.baseline);
    baseCol = cols.find((c) => c.run === current) ?? cols[0];
    cmp = compareWithBaseline(baseCol.run, opts.baseline);
  }

  // Totals.
  out.push(
    `| engine | cases | ${CATEGORIES.map((k) => CATEGORY_LABELS[k]).join(" | ")} | hygiene problems |`,
    `| --- | ---: | ${CATEGORIES.map(() => "---:").join(" | ")} | ---: |`,
  );
  for (const col of cols) {
    const n = countCases(col.run.cases);
    const failing = col.run.cases.some((c) => isFailing(c.status)) || col.run.problems.length > 0;
    out.push(
      `| ${failing ? "❌" : "✅"} ${cell(col.label)} | ${n.total} | ${
        CATEGORIES.map((k) => n[k]).join(" | ")
      } | ${col.run.problems.length} |`,
    );
  }
  out.push("");

  if (cmp && baseCol) out.push(...baselineSection(cmp, baseCol, opts.baseline!, opts.baselineName ?? "baseline", max));

  // Per area.
  out.push("### Per area", "");
  if (cols.length === 1) {
    out.push(
      `| area | ${CATEGORIES.map((k) => CATEGORY_LABELS[k]).join(" | ")} | total |`,
      `| --- | ${CATEGORIES.map(() => "---:").join(" | ")} | ---: |`,
    );
    for (const a of areas) {
      const n = countCases(cols[0].run.cases.filter((c) => c.area === a));
      out.push(`| ${cell(a)} | ${CATEGORIES.map((k) => n[k]).join(" | ")} | ${n.total} |`);
    }
  } else {
    out.push(
      `| area | ${cols.map((c) => cell(c.label)).join(" | ")} |`,
      `| --- | ${cols.map(() => "---").join(" | ")} |`,
    );
    for (const a of areas) {
      out.push(
        `| ${cell(a)} | ${
          cols.map((c) => shortCounts(countCases(c.run.cases.filter((k) => k.area === a)))).join(" | ")
        } |`,
      );
    }
  }
  out.push("");

  // Differences.
  const diffs = differingCases(cols);
  if (cols.length > 1) {
    out.push(`### Differences between engines (${diffs.length})`, "");
    if (diffs.length === 0) out.push("Every engine that ran a case gave it the same status.", "");
    else {
      const status = (c: CaseJson | undefined) => {
        if (!c) return "—";
        const cat = categoryOf(c);
        return c.status === "passed"
          ? "passed"
          : `**${CATEGORY_LABELS[cat]}**${c.kind && c.kind !== cat ? ` (${c.kind})` : ""}`;
      };
      out.push(
        `| case | ${cols.map((c) => cell(c.label)).join(" | ")} |`,
        `| --- | ${cols.map(() => "---").join(" | ")} |`,
      );
      for (const id of diffs.slice(0, max)) {
        out.push(`| ${code(id)} | ${cols.map((c) => status(c.byId.get(id))).join(" | ")} |`);
      }
      if (diffs.length > max) out.push("", `… and ${diffs.length - max} more.`);
      out.push("");
    }
  }

  // Failing cases.
  const failing = cols.flatMap((col) => col.run.cases.filter((c) => isFailing(c.status)).map((c) => ({ col, c })));
  if (failing.length) {
    out.push(
      `### Failing cases (${failing.length > max ? `first ${max} of ${failing.length}` : failing.length})`,
      "",
    );
    const multi = cols.length > 1;
    out.push(
      ...capped(
        failing,
        max,
        ({ col, c }) => `- ${multi ? `**${cell(col.label)}** ` : ""}${code(c.id)} — ${mdInline(oneLineReason(c))}`,
      ),
      "",
    );
  } else out.push("No failing cases.", "");

  const problems = cols.filter((c) => c.run.problems.length);
  for (const col of problems) {
    out.push(
      `**Hygiene problems (${cell(col.label)}): ${col.run.problems.length}**`,
      "",
      ...capped(col.run.problems, max, (p) => `- ${mdInline(p)}`),
      "",
    );
  }
  return out.join("\n").replace(/\n+$/, "\n");
}
