import assert from "node:assert/strict";
import { WorkerPool } from "./workers.ts";

const URL_ = new URL("../testdata/pool_worker.js", import.meta.url).href;

Deno.test("worker pool: runs tasks and keeps results per task", async () => {
  const pool = new WorkerPool<string, string>(URL_, 2);
  try {
    const rs = await Promise.all(["a", "b", "c", "d"].map((x) => pool.run(`echo:${x}`, 10_000)));
    assert.deepStrictEqual(rs, ["a", "b", "c", "d"].map((value) => ({ kind: "done", value })));
  } finally {
    pool.close();
  }
});

Deno.test("worker pool: a hung worker times out, is replaced, and the pool goes on", async () => {
  const pool = new WorkerPool<string, string>(URL_, 1);
  try {
    const progress: unknown[] = [];
    const r = await pool.run("hang", 300, (p) => progress.push(p));
    assert.deepStrictEqual(r, { kind: "timeout", progress: "hanging" });
    assert.deepStrictEqual(progress, ["hanging"]);
    assert.deepStrictEqual(await pool.run("echo:after", 10_000), { kind: "done", value: "after" });
  } finally {
    pool.close();
  }
});

Deno.test("worker pool: a crashed worker is reported and replaced", async () => {
  const pool = new WorkerPool<string, string>(URL_, 1);
  try {
    const r = await pool.run("crash", 10_000);
    assert.deepStrictEqual(r.kind, "crash");
    assert.match(r.kind === "crash" ? r.message : "", /boom in worker/);
    const s = await pool.run("bogus", 10_000);
    assert.deepStrictEqual(s, { kind: "crash", message: "unknown task bogus", progress: undefined });
    assert.deepStrictEqual(await pool.run("echo:x", 10_000), { kind: "done", value: "x" });
  } finally {
    pool.close();
  }
});
