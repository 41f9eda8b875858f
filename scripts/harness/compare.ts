/**
 * The one definition of "a run matches its recording", shared by `deno task conformance`, the
 * corpus tests and every engine.
 *
 * Normalisation rule: the filters of normalize.ts are applied to stdout and stderr, both of the
 * expectation and of the run, for every engine; the normalised texts are compared. When a
 * mismatching stream was changed by a filter, the failure also carries the raw text and the names
 * of the filters that fired.
 */

import { createTwoFilesPatch } from "diff";
import type { Expected } from "./case.ts";
import { normalize } from "./normalize.ts";

/** Why a case failed. `unexpected-pass` comes only from the known-failures list. */
export type FailureKind =
  | "mismatch:stdout"
  | "mismatch:stderr"
  | "mismatch:exit"
  | "unsupported"
  | "ub"
  | "deadlock"
  | "step-limit"
  | "memory-limit"
  | "timeout"
  | "crash"
  | "error"
  | "unexpected-pass";

/** Kinds a run can fail with (what a known-failures line may name). */
export const FAILURE_KINDS: readonly FailureKind[] = [
  "mismatch:stdout",
  "mismatch:stderr",
  "mismatch:exit",
  "unsupported",
  "ub",
  "deadlock",
  "step-limit",
  "memory-limit",
  "timeout",
  "crash",
  "error",
];

/** Interpreter outcomes that are failures in their own right (unless an interp-only case expects them). */
const ERROR_OUTCOMES: Record<string, FailureKind> = {
  unsupported: "unsupported",
  ub: "ub",
  deadlock: "deadlock",
  "step-limit": "step-limit",
  "memory-limit": "memory-limit",
  error: "error",
};

/** What one run (one schedule of the interpreter, or one process) produced, before normalisation. */
export interface Observed {
  stdout: string;
  stderr: string;
  exit: number;
  /** The interpreter's outcome (`exited`, `panicked`, `deadlock`, …); `exited` for processes. */
  outcome: string;
}

/** One stream that differs: a unified diff of the normalised texts, and the raw text if filters fired. */
export interface StreamDiff {
  stream: "stdout" | "stderr" | "exit";
  /** Unified diff, `--- expected` / `+++ actual`. */
  diff: string;
  /** The run's text before normalisation; only when a filter changed it. */
  raw?: string;
  /** Names of the filters that changed the run's text of this stream. */
  filters: string[];
}

/** How one run failed to match. */
export interface Mismatch {
  kind: FailureKind;
  /** One line: what went wrong. */
  message: string;
  diffs: StreamDiff[];
  /** Every filter that fired on the run's output (both streams). */
  filters: string[];
}

/** Unified diff of two texts, without the `===` banner. */
export function unifiedDiff(label: string, expected: string, actual: string): string {
  const patch = createTwoFilesPatch(`expected ${label}`, `actual ${label}`, expected, actual, undefined, undefined, {
    context: 3,
  });
  return patch.split("\n").filter((l) => !/^={10,}$/.test(l)).join("\n").trimEnd();
}

/** The first `error: …` line of a stderr text (what the interpreter prints for its own failures). */
export function errorLine(stderr: string): string | undefined {
  return stderr.split("\n").find((l) => l.startsWith("error: "));
}

/**
 * Compares a run with the expectation. Returns undefined when it matches: both normalised streams
 * and the exit status equal, and for interp-only cases (`expectedOutcome`) the outcome equal too.
 *
 * Kind: an interpreter error outcome the case does not expect is reported as that outcome
 * (`unsupported`, `ub`, `deadlock`, `step-limit`, `memory-limit`, `error`); otherwise the first
 * differing stream in the order stdout, stderr, exit.
 */
export function compareRun(expected: Expected, run: Observed, expectedOutcome?: string): Mismatch | undefined {
  const out = normalize(run.stdout), err = normalize(run.stderr);
  const expOut = normalize(expected.stdout).text, expErr = normalize(expected.stderr).text;
  const diffs: StreamDiff[] = [];
  if (out.text !== expOut) {
    diffs.push({
      stream: "stdout",
      diff: unifiedDiff("stdout", expOut, out.text),
      raw: out.fired.length ? run.stdout : undefined,
      filters: out.fired,
    });
  }
  if (err.text !== expErr) {
    diffs.push({
      stream: "stderr",
      diff: unifiedDiff("stderr", expErr, err.text),
      raw: err.fired.length ? run.stderr : undefined,
      filters: err.fired,
    });
  }
  if (run.exit !== expected.exit) {
    diffs.push({
      stream: "exit",
      diff: `--- expected exit\n+++ actual exit\n-${expected.exit}\n+${run.exit}`,
      filters: [],
    });
  }
  const outcomeOk = expectedOutcome === undefined || run.outcome === expectedOutcome;
  if (diffs.length === 0 && outcomeOk) return undefined;
  const filters = [...new Set([...out.fired, ...err.fired])];
  const errorKind = run.outcome !== expectedOutcome ? ERROR_OUTCOMES[run.outcome] : undefined;
  let kind: FailureKind;
  let message: string;
  if (errorKind) {
    kind = errorKind;
    message = errorLine(err.text) ?? `the run ended with outcome ${run.outcome}`;
  } else if (diffs.length) {
    kind = `mismatch:${diffs[0].stream}` as FailureKind;
    message = `${diffs.map((d) => d.stream).join(", ")} differ${diffs.length === 1 ? "s" : ""}` +
      ` (exit ${run.exit}, expected ${expected.exit}; outcome ${run.outcome})`;
  } else {
    kind = "mismatch:exit";
    message = `outcome ${run.outcome}, but the interp-only case expects ${expectedOutcome}`;
  }
  if (expectedOutcome !== undefined && !outcomeOk) {
    message += ` (the case expects outcome ${expectedOutcome})`;
  }
  return { kind, message, diffs, filters };
}
