/**
 * Evaluator benchmarks on the perf programs (scripts/perf, MIR checked in): MIR statements per
 * second on CPU-bound code, and pipe hand-offs between threads. `deno task perf` compares the
 * same programs with their native builds.
 */

import { join } from "node:path";
import { prepareProgram, runProgram } from "../../mod.ts";

const DIR = new URL("../../scripts/perf/", import.meta.url).pathname;

function load(name: string) {
  const mirPath = join(DIR, `${name}.mir`);
  return prepareProgram({
    mir: Deno.readTextFileSync(mirPath),
    mirPath,
    readSource: (f) => Deno.readTextFileSync(join(DIR, f)),
  });
}

const fib = load("fib"), sieve = load("sieve"), checksum = load("checksum"), pingpong = load("pingpong");

Deno.bench("evaluator: fib(24) (recursive calls)", { group: "cpu" }, () => {
  runProgram(fib, { args: ["24"] });
});
Deno.bench("evaluator: sieve up to 200,000 (vec indexing)", { group: "cpu" }, () => {
  runProgram(sieve, { args: ["200000"] });
});
Deno.bench("evaluator: checksum of 128 KiB (slice iterator)", { group: "cpu" }, () => {
  runProgram(checksum, { args: ["131072"] });
});
Deno.bench("scheduler: 2,000 pipe round trips between two threads", { group: "threads" }, () => {
  runProgram(pingpong, { args: ["2000"] });
});
