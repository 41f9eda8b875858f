/**
 * `deno test -A` runs the whole conformance corpus: one `Deno.test` per case (`conformance: <id>`)
 * plus one for corpus hygiene, with the same comparison, known-failures list and defaults as
 * `deno task conformance` (a known failure is a passing test; an unexpected pass fails).
 *
 * Environment:
 * - `FDC_TEST_SEEDS` (default 8): seeds per case after the default schedule (a case's own
 *   `//@ seeds:` wins when larger); e.g. `FDC_TEST_SEEDS=1 deno test -A` for a quicker pass.
 * - `FDC_TEST_JOBS` (default: CPUs): cases run ahead in that many interpreter workers, each under
 *   the default wall-clock limit; `0` runs each case in the test's own thread (step limit only).
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { discover } from "./harness/case.ts";
import { runCaseInProcess } from "./harness/inprocess.ts";
import { loadKnownFailures } from "./harness/known.ts";
import {
  type CaseResult,
  DEFAULT_MAX_STEPS,
  DEFAULT_SEEDS,
  DEFAULT_TIMEOUT_SECONDS,
  formatFailure,
  interpWorkers,
  runCasePooled,
  type SuiteOptions,
} from "./harness/suite.ts";

function envInt(name: string, fallback: number): number {
  const v = Deno.env.get(name);
  if (v === undefined || v === "") return fallback;
  if (!/^[0-9]+$/.test(v)) throw new Error(`${name} must be a non-negative integer, got \`${v}\``);
  return Number(v);
}

const SEEDS = envInt("FDC_TEST_SEEDS", DEFAULT_SEEDS);
const JOBS = envInt("FDC_TEST_JOBS", navigator.hardwareConcurrency || 2);
const workers = JOBS > 0 ? interpWorkers(JOBS) : undefined;

/**
 * Registers one test per case of the corpus under `rel` (relative to the repository), named
 * `<label>: <id>`, plus a hygiene test. Cases run ahead of their tests in the shared worker pool.
 */
function registerCorpus(rel: string, label: string): void {
  const root = fileURLToPath(new URL(`../${rel}`, import.meta.url));
  const corpus = discover(root);
  const known = loadKnownFailures(join(root, "known-failures.txt"), new Set(corpus.cases.map((c) => c.id)), false);
  const opts: SuiteOptions = {
    engine: { kind: "interp" },
    seeds: SEEDS,
    maxSteps: DEFAULT_MAX_STEPS,
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
    jobs: Math.max(1, JOBS),
    bless: false,
    known: known.entries,
  };

  Deno.test(`${label}: hygiene`, () => {
    const problems = [...corpus.problems, ...known.problems].map((p) => p.message);
    if (problems.length) throw new Error(`${problems.length} hygiene problem(s):\n${problems.join("\n")}`);
  });

  // Test i starts cases i .. i+2*JOBS-1, so workers stay busy across tests.
  const started = new Map<number, Promise<CaseResult>>();
  const resultOf = (i: number): Promise<CaseResult> => {
    for (let j = i; j < Math.min(corpus.cases.length, i + 2 * JOBS); j++) {
      if (!started.has(j)) started.set(j, runCasePooled(corpus.cases[j], opts, workers!));
    }
    return started.get(i)!;
  };

  corpus.cases.forEach((c, i) => {
    Deno.test({
      name: `${label}: ${c.id}`,
      sanitizeOps: false,
      sanitizeResources: false,
      fn: async () => {
        const r = workers ? await resultOf(i) : runCaseInProcess(c, opts);
        started.delete(i);
        if (r.status === "failed" || r.status === "timeout") throw new Error(formatFailure(r));
      },
    });
  });
}

// The conformance corpus, and the interpreter's own test programs (issue: language and std
// semantics, recorded natively the same way; their known failures list what is not supported).
registerCorpus("conformance", "conformance");
registerCorpus("interp/testdata/programs", "interp program");

Deno.test({
  name: "corpus: stop the workers",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: () => workers?.close(),
});
