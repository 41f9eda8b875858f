/** Scheduler benchmarks: wake-ups per second and the wall cost of virtual sleeps. */

import { join } from "node:path";
import { prepareProgram, runProgram } from "../../mod.ts";
import { WaitQueue } from "./api.ts";
import { Scheduler } from "./scheduler.ts";

const DIR = new URL("../testdata/sched/", import.meta.url).pathname;

function load(rel: string) {
  const mirPath = join(DIR, `${rel}.mir`);
  return prepareProgram({
    mir: Deno.readTextFileSync(mirPath),
    mirPath,
    readSource: (f) => Deno.readTextFileSync(join(DIR, rel, "..", f)),
  });
}

const sleepy = load("native/sleep_ten_seconds");
Deno.bench("sleep_ten_seconds program (10 s of virtual sleep)", () => {
  runProgram(sleepy);
});

Deno.bench("block + wakeOne + callback, 10,000 hand-offs between two threads", () => {
  const s = new Scheduler<null>({}, () => null, (l) => new WaitQueue(l));
  const a = s.spawn("a", null), b = s.spawn("b", null);
  const qa = new WaitQueue("a"), qb = new WaitQueue("b");
  for (let i = 0; i < 10_000; i++) {
    const [me, q, other] = i % 2 ? [a, qa, qb] : [b, qb, qa];
    s.current = me;
    s.block({ reason: "read", queues: [q], onWake: () => {} });
    other.wakeOne();
    const next = s.pick();
    if (next && !("deadlock" in next)) s.runPendingWake(next);
  }
});
