/** Running a case in the calling thread (for `deno test`): no wall-clock limit, the step limit applies. */

import type { Case } from "./case.ts";
import { runInterpCase } from "./interp.ts";
import { type CaseResult, finishCase, fromInterp, interpPrep, interpTask, type SuiteOptions } from "./suite.ts";

/** Runs `c` in the interpreter under every schedule, in-process, and gives its result. */
export function runCaseInProcess(c: Case, opts: SuiteOptions): CaseResult {
  const prep = interpPrep(c, opts);
  if ("schedulesRun" in prep) return finishCase(c, prep, opts);
  return finishCase(c, fromInterp(c, opts, runInterpCase(interpTask(c, opts, prep.expected))), opts);
}
