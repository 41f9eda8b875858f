/**
 * Scheduler tests: direct ones on `Scheduler` and `WaitQueue`, then whole programs (MIR checked in
 * under interp/testdata/sched, recorded natively) run through the interpreter under many seeds.
 */

import assert from "node:assert/strict";

const assertEquals = (a: unknown, b: unknown, msg?: string): void => assert.deepStrictEqual(a, b, msg);
const assertMatch = (s: string, re: RegExp): void => assert.match(s, re);
import { join } from "node:path";
import { prepareProgram, runProgram } from "../../mod.ts";
import { WaitQueue, type WakeCause } from "./api.ts";
import { Scheduler } from "./scheduler.ts";

function newSched(seed?: number) {
  return new Scheduler<string>({ seed }, (t) => `ctx of ${t.id}`, (l) => new WaitQueue(l));
}

Deno.test("block and wake: the callback runs with the woken thread's context when it next runs", () => {
  const s = newSched();
  const a = s.spawn("a", null), b = s.spawn("b", null);
  const q = new WaitQueue("pipe readers");
  const seen: [string, WakeCause][] = [];
  s.current = a;
  s.block({ reason: "read(fd 3)", queues: [q], onWake: (ctx, cause) => seen.push([ctx, cause]) });
  assertEquals(a.state, "blocked");
  assertEquals(s.pick(), b, "only b is runnable");
  assertEquals(q.wakeAll(), 1);
  assertEquals(a.state, "runnable");
  assertEquals(seen, [], "the callback waits until the thread runs");
  s.runPendingWake(a);
  assertEquals(seen, [["ctx of 1", "woken"]]);
});

Deno.test("wakeOne wakes in FIFO order and a waiter on two queues is woken once", () => {
  const s = newSched();
  const ts = [s.spawn("t1", null), s.spawn("t2", null), s.spawn("t3", null)];
  const q1 = new WaitQueue("q1"), q2 = new WaitQueue("q2");
  const order: number[] = [];
  for (const t of ts) {
    s.current = t;
    s.block({ reason: "wait", queues: [q1, q2], onWake: () => order.push(t.id) });
  }
  assert(q1.wakeOne());
  assertEquals(q2.size, 2, "the woken waiter left its other queue");
  assertEquals(q2.wakeAll(), 2);
  assertEquals(q1.wakeAll(), 0, "nobody is woken twice");
  for (const t of ts) s.runPendingWake(t);
  assertEquals(order, [1, 2, 3]);
});

Deno.test("waking costs O(woken): 10,000 waiters, waking one touches one", () => {
  const s = newSched();
  const q = new WaitQueue("many");
  for (let i = 0; i < 10_000; i++) {
    s.current = s.spawn(undefined, null);
    s.block({ reason: "wait", queues: [q], onWake: () => {} });
  }
  const t0 = performance.now();
  for (let i = 0; i < 5_000; i++) q.wakeOne();
  assertEquals(q.size, 5_000);
  // Not a timing assertion: the count proves each wakeOne removed exactly one waiter.
  void t0;
});

Deno.test("timeouts: when every thread is blocked the clock jumps to the earliest deadline", () => {
  const s = newSched();
  const a = s.spawn("a", null), b = s.spawn("b", null);
  const causes: string[] = [];
  s.current = a;
  s.block({ reason: "sleep", queues: [], deadline: 5_000_000_000, onWake: (_c, c) => causes.push(`a ${c}`) });
  s.current = b;
  s.block({
    reason: "poll",
    queues: [new WaitQueue("p")],
    deadline: 2_000_000,
    onWake: (_c, c) => causes.push(`b ${c}`),
  });
  assertEquals(s.pick(), b);
  assertEquals(s.now(), 2_000_000);
  s.runPendingWake(b);
  s.finish(b);
  assertEquals(s.pick(), a);
  assertEquals(s.now(), 5_000_000_000);
  s.runPendingWake(a);
  assertEquals(causes, ["b timeout", "a timeout"]);
});

Deno.test("deadlock: every live thread blocked without a deadline is reported with its reason", () => {
  const s = newSched();
  const a = s.spawn("main", null), b = s.spawn(undefined, null);
  s.current = a;
  s.block({ reason: "join(thread 2)", queues: [b.joiners], onWake: () => {} });
  s.current = b;
  s.block({ reason: "Mutex lock", queues: [new WaitQueue("m")], onWake: () => {} });
  const r = s.pick();
  if (!r || !("deadlock" in r)) throw new Error("expected a deadlock report");
  assertEquals(r.deadlock.map((t) => t.reason), ["join(thread 2)", "Mutex lock"]);
});

Deno.test("seeded picks are reproducible and differ between seeds", () => {
  const trace = (seed: number) => {
    const s = newSched(seed);
    for (let i = 0; i < 4; i++) s.spawn(`t${i}`, null);
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push((s.pick() as { id: number }).id);
    return ids.join(",");
  };
  assertEquals(trace(7), trace(7));
  assert(new Set([1, 2, 3, 4, 5].map(trace)).size > 1);
});

// --- whole programs ---------------------------------------------------------------------------------

const DIR = new URL("../testdata/sched/", import.meta.url).pathname;
const dec = new TextDecoder();
const normalize = (s: string) => s.replace(/^thread '([^']*)' \(\d+\) /gm, "thread '$1' (TID) ");

function load(rel: string) {
  const mirPath = join(DIR, `${rel}.mir`);
  const dir = join(DIR, rel, "..");
  return prepareProgram({
    mir: Deno.readTextFileSync(mirPath),
    mirPath,
    readSource: (f) => {
      try {
        return Deno.readTextFileSync(join(dir, f));
      } catch {
        return undefined;
      }
    },
  });
}

function expected(rel: string) {
  const base = join(DIR, rel);
  return {
    stdout: Deno.readTextFileSync(`${base}.stdout`),
    stderr: Deno.readTextFileSync(`${base}.stderr`),
    exit: Number(Deno.readTextFileSync(`${base}.exit`)),
  };
}

function checkRun(rel: string, seed: number | undefined) {
  const p = load(rel);
  const e = expected(rel);
  const r = runProgram(p, { seed });
  const where = `${rel} seed ${seed ?? "default"}`;
  assertEquals(dec.decode(r.stdout), e.stdout, `${where}: stdout`);
  assertEquals(normalize(dec.decode(r.stderr)), e.stderr, `${where}: stderr`);
  assertEquals(r.exitCode, e.exit, `${where}: exit`);
  return r;
}

for (const rel of ["native/wait_kinds", "native/join_panicked", "native/exit_with_blocked_thread"]) {
  Deno.test(`${rel}: matches the native recording under the default schedule and 20 seeds`, () => {
    for (const seed of [undefined, ...Array.from({ length: 20 }, (_, i) => i + 1)]) checkRun(rel, seed);
  });
}

Deno.test("100 seeds give at least 10 distinct interleavings, each with the recorded output", () => {
  const p = load("native/interleave");
  const e = expected("native/interleave");
  const hashes = new Set<number>();
  for (let seed = 1; seed <= 100; seed++) {
    const r = runProgram(p, { seed, quantum: 50 });
    assertEquals(dec.decode(r.stdout), e.stdout, `seed ${seed}`);
    assertEquals(r.exitCode, e.exit, `seed ${seed}`);
    hashes.add(r.scheduleHash);
  }
  assert(hashes.size >= 10, `only ${hashes.size} distinct interleavings`);
});

Deno.test("the same seed reproduces the same run byte for byte", () => {
  const p = load("native/interleave");
  const a = runProgram(p, { seed: 42 }), b = runProgram(p, { seed: 42 });
  assertEquals(a.scheduleHash, b.scheduleHash);
  assertEquals(a.steps, b.steps);
  assertEquals(a.stdout, b.stdout);
});

Deno.test("ten virtual seconds of sleep cost no wall time: the clock jumps to each deadline", () => {
  // 50 + 50 sleeps of 100 ms on two threads: at least 5 s of virtual time pass (10 s slept in
  // total). Wall time is measured by the scheduler benchmark (sched_bench.ts), not asserted here.
  const r = checkRun("native/sleep_ten_seconds", undefined);
  assert(r.virtualNs >= 5e9, `virtual time ${r.virtualNs} ns`);
  assert(r.virtualNs < 6e9, `virtual time ${r.virtualNs} ns`);
});

Deno.test("deadlock report: crossed pipes name both threads, their reads and source locations", () => {
  const r = runProgram(load("deadlock/crossed_pipes"));
  assertEquals(r.outcome, "deadlock");
  assertEquals(r.exitCode, 114);
  const err = dec.decode(r.stderr);
  assertMatch(err, /^error: deadlock: /m);
  assertMatch(
    err,
    /thread 'main' \(thread 1\): blocked in read\(fd 3: pipe read end, 1 bytes\) at crossed_pipes\.rs:29:9/,
  );
  assertMatch(
    err,
    /thread 'peer' \(thread 2\): blocked in read\(fd 5: pipe read end, 5 bytes\) at crossed_pipes\.rs:22:17/,
  );
});

Deno.test("deadlock report: join on a thread waiting for a mutex", () => {
  for (const seed of [undefined, 1, 2, 3]) {
    const r = runProgram(load("deadlock/join_mutex"), { seed });
    assertEquals(r.outcome, "deadlock");
    const err = dec.decode(r.stderr);
    assertMatch(err, /thread 'main' \(thread 1\): blocked in join\(thread 2\) at join_mutex\.rs:12:5/);
    assertMatch(err, /thread '<unnamed>' \(thread 2\): blocked in Mutex lock at join_mutex\.rs:10:10/);
  }
});
