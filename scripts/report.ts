/**
 * `deno task report RESULTS.json [RESULTS.json…] [options]`: HTML and Markdown reports from the
 * JSON results of `deno task conformance --json FILE`, one column per engine, and a gate against a
 * baseline. See USAGE below and README "Reports".
 */

import { parseArgs, UsageError } from "./harness/args.ts";
import { writeFileAtomic } from "./harness/atomic.ts";
import { baselineVerdict, compareWithBaseline, formatComparison, runForBaseline } from "./harness/baseline.ts";
import { writeHtmlReport } from "./harness/html.ts";
import { DEFAULT_MAX_FAILURES, markdownSummary } from "./harness/markdown.ts";
import {
  CATEGORIES,
  CATEGORY_LABELS,
  countCases,
  engineColumns,
  readResults,
  ResultsError,
  type ResultsJson,
} from "./harness/results_json.ts";

const USAGE = `usage: deno task report RESULTS.json [RESULTS.json…] [options]

Reads JSON results written by \`deno task conformance --json FILE\` (each run's engine names its
column; runs of one engine with disjoint cases, e.g. shards, are merged) and writes reports.

  --html DIR           write a self-contained HTML report to DIR/index.html
  --markdown FILE      write a Markdown summary (PR comment, "$GITHUB_STEP_SUMMARY"); - for stdout
  --baseline FILE      compare with baseline results (the run of the baseline's engine, else the
                       first run): print regressions and newly passing cases; exit 1 on regressions
  --root DIR           corpus directory the HTML report reads case sources from (default: conformance)
  --max-failures N     failing cases listed in the Markdown summary (default ${DEFAULT_MAX_FAILURES})
  --title TEXT         title of the reports
  --help               this text

A regression is a case that passed in the baseline and does not pass now (failed, timeout, known
failure or skipped); new cases never regress.

Exit status: 0 done (no regressions), 1 regressions against --baseline, 2 usage error, an
unreadable or invalid results file, or a report that cannot be written.`;

interface Cli {
  files: string[];
  html?: string;
  markdown?: string;
  baseline?: string;
  root: string;
  maxFailures: number;
  title?: string;
}

function parseCli(args: string[]): Cli | "help" {
  const p = parseArgs(args, [
    { name: "html", value: "string" },
    { name: "markdown", value: "string" },
    { name: "baseline", value: "string" },
    { name: "root", value: "string" },
    { name: "max-failures", value: "int" },
    { name: "title", value: "string" },
    { name: "help" },
  ]);
  if (p.opts.has("help")) return "help";
  const files = [...p.positional, ...p.rest];
  if (files.length === 0) throw new UsageError("no results file given");
  const o = p.opts;
  for (const k of ["html", "markdown", "baseline", "root"]) {
    if (o.has(k) && o.get(k) === "") throw new UsageError(`\`--${k}\` needs a non-empty value`);
  }
  return {
    files,
    html: o.get("html") as string | undefined,
    markdown: o.get("markdown") as string | undefined,
    baseline: o.get("baseline") as string | undefined,
    root: (o.get("root") as string | undefined) ?? "conformance",
    maxFailures: (o.get("max-failures") as number | undefined) ?? DEFAULT_MAX_FAILURES,
    title: o.get("title") as string | undefined,
  };
}

/** One line per engine: `interp: 10 cases, 5 passed, 2 failed, …`. */
function summaryLines(runs: ResultsJson[]): string[] {
  return engineColumns(runs).map((col) => {
    const n = countCases(col.run.cases);
    const parts = CATEGORIES.filter((k) => k === "passed" || n[k] > 0).map((k) => `${n[k]} ${CATEGORY_LABELS[k]}`);
    const problems = col.run.problems.length ? `; ${col.run.problems.length} hygiene problems` : "";
    return `${col.label}: ${n.total} cases, ${parts.join(", ")}${problems}`;
  });
}

/** Runs the command; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let cli: Cli | "help";
  try {
    cli = parseCli(args);
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
  let runs: ResultsJson[];
  let baseline: ResultsJson | undefined;
  try {
    runs = await Promise.all(cli.files.map(readResults));
    if (cli.baseline) baseline = await readResults(cli.baseline);
  } catch (e) {
    if (e instanceof ResultsError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const baselineName = cli.baseline;
  // With `--markdown -` stdout holds only the Markdown; everything else goes to stderr.
  const say = cli.markdown === "-" ? console.error : console.log;
  for (const line of summaryLines(runs)) say(line);
  try {
    if (cli.html) {
      const index = await writeHtmlReport(cli.html, runs, { root: cli.root, baseline, baselineName, title: cli.title });
      say(`html report: ${index}`);
    }
    if (cli.markdown) {
      const md = markdownSummary(runs, { baseline, baselineName, maxFailures: cli.maxFailures, title: cli.title });
      if (cli.markdown === "-") console.log(md);
      else {
        await writeFileAtomic(cli.markdown, md);
        say(`markdown summary: ${cli.markdown}`);
      }
    }
  } catch (e) {
    if (
      e instanceof Deno.errors.NotFound || e instanceof Deno.errors.PermissionDenied ||
      e instanceof Deno.errors.IsADirectory || e instanceof Deno.errors.NotADirectory ||
      e instanceof Deno.errors.AlreadyExists
    ) {
      console.error(`error: cannot write the report: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!baseline) return 0;
  const current = runForBaseline(runs, baseline);
  const cmp = compareWithBaseline(current, baseline);
  say(formatComparison(current, baseline, cmp));
  return baselineVerdict(cmp).exitCode;
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main(Deno.args);
  } catch (e) {
    console.error(`error: internal: ${(e as Error)?.stack ?? e}`);
    code = 1;
  }
  Deno.exit(code);
}
