/**
 * Runs one case in the interpreter under every schedule: the default (round-robin, no seed)
 * schedule, then seeds 1..K. Synchronous and self-contained, so it runs the same in a pool worker
 * (`deno task conformance`) and in-process (`deno test`, scripts/corpus_test.ts).
 */

import { decodeExact } from "./bytes.ts";
import { basename, join } from "node:path";
import { prepareProgram, runProgram } from "../../mod.ts";
import type { Expected } from "./case.ts";
import { compareRun, type Mismatch, type Observed } from "./compare.ts";
import { normalized } from "./normalize.ts";

/** Everything a worker needs to run a case (plain data: it is posted to workers). */
export interface InterpTask {
  id: string;
  mirPath: string;
  /** Directory the MIR's spans are relative to (the case directory). */
  sourceDir: string;
  stdinPath?: string;
  /** Absent only when blessing a case that has no expectations yet. */
  expected?: Expected;
  /** K: seeds 1..K run after the default schedule. */
  seeds: number;
  maxSteps: number;
  /** The outcome an interp-only case expects. */
  interpOnly?: string;
  /** Bless mode: run every schedule even after a mismatch and report whether they agree. */
  bless: boolean;
}

/** A schedule: `null` is the default round-robin schedule, a number is `--seed N`. */
export type Seed = number | null;

/** How the case failed, under which schedule. */
export interface ScheduleFailure extends Mismatch {
  /** The failing schedule; `null` for the default one. */
  seed: Seed;
  /** The run's outcome under that schedule. */
  outcome: string;
  steps: number;
}

/** What running a case under its schedules gave. */
export interface InterpCaseRun {
  schedulesRun: number;
  /** Wall-clock time of all schedules. */
  durationMs: number;
  /** Steps of the default schedule. */
  steps: number;
  /** Steps summed over every schedule run. */
  totalSteps: number;
  /** Outcome of the failing schedule, else of the default one. */
  outcome: string;
  failure?: ScheduleFailure;
  /** Bless mode: the normalised result every schedule agreed on. */
  blessed?: Expected & { outcome: string };
  /** Bless mode: why the schedules do not agree. */
  nondeterministic?: string;
}

/** The schedules of a case: the default one, then seeds 1..K. */
export function schedules(seeds: number): Seed[] {
  return [null, ...Array.from({ length: seeds }, (_, i) => i + 1)];
}

/** Runs `task` under every schedule (stopping at the first mismatch unless blessing). */
export function runInterpCase(task: InterpTask, onSchedule?: (seed: Seed) => void): InterpCaseRun {
  const start = performance.now();
  const mir = Deno.readTextFileSync(task.mirPath);
  const stdin = task.stdinPath ? Deno.readFileSync(task.stdinPath) : undefined;
  // Errors name the MIR file by its bare name, so blessed stderr does not depend on the directory
  // the suite runs from.
  const prepared = prepareProgram({
    mir,
    mirPath: basename(task.mirPath),
    readSource: (name) => {
      try {
        return Deno.readTextFileSync(name.startsWith("/") ? name : join(task.sourceDir, name));
      } catch {
        return undefined;
      }
    },
  });
  const result: InterpCaseRun = { schedulesRun: 0, durationMs: 0, steps: 0, totalSteps: 0, outcome: "" };
  let first: (Expected & { outcome: string }) | undefined;
  for (const seed of schedules(task.seeds)) {
    onSchedule?.(seed);
    const r = runProgram(prepared, { stdin, seed: seed ?? undefined, maxSteps: task.maxSteps });
    const obs: Observed = {
      stdout: decodeExact(r.stdout),
      stderr: decodeExact(r.stderr),
      exit: r.exitCode,
      outcome: r.outcome,
    };
    result.schedulesRun++;
    result.totalSteps += r.steps;
    if (seed === null) {
      result.steps = r.steps;
      result.outcome = r.outcome;
    }
    if (task.bless) {
      const norm = {
        stdout: normalized(obs.stdout),
        stderr: normalized(obs.stderr),
        exit: obs.exit,
        outcome: obs.outcome,
      };
      if (!first) first = norm;
      else if (!result.nondeterministic) {
        const what = (["stdout", "stderr", "exit", "outcome"] as const).filter((k) => norm[k] !== first![k]);
        if (what.length) {
          result.nondeterministic = `seed ${seed}: ${what.join(", ")} differ${what.length === 1 ? "s" : ""} ` +
            `from the default schedule`;
        }
      }
    }
    if (task.expected && !result.failure) {
      const m = compareRun(task.expected, obs, task.interpOnly);
      if (m) {
        result.failure = { ...m, seed, outcome: r.outcome, steps: r.steps };
        result.outcome = r.outcome;
        if (!task.bless) break;
      }
    }
  }
  if (task.bless && first && !result.nondeterministic) result.blessed = first;
  result.durationMs = Math.round(performance.now() - start);
  return result;
}
