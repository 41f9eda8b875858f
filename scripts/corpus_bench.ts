/** The conformance corpus run as a benchmark: one area, default schedule + 2 seeds, in-process. */

import { discover } from "./harness/case.ts";
import { runCaseInProcess } from "./harness/inprocess.ts";
import { DEFAULT_MAX_STEPS, DEFAULT_TIMEOUT_SECONDS, type SuiteOptions } from "./harness/suite.ts";

const corpus = discover(new URL("../conformance", import.meta.url).pathname);
const opts: SuiteOptions = {
  engine: { kind: "interp" },
  seeds: 2,
  maxSteps: DEFAULT_MAX_STEPS,
  timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  jobs: 1,
  bless: false,
  known: new Map(),
};

for (const area of ["eventfd", "epoll"]) {
  const cases = corpus.cases.filter((c) => c.area === area);
  Deno.bench(`corpus: ${area} (${cases.length} cases, 3 schedules each)`, () => {
    for (const c of cases) {
      const r = runCaseInProcess(c, opts);
      if (r.status !== "passed") throw new Error(`${c.id}: ${r.status}`);
    }
  });
}
