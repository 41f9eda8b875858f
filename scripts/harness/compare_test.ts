import assert from "node:assert/strict";
import { compareRun, unifiedDiff } from "./compare.ts";

const exp = { stdout: "a\nb\n", stderr: "", exit: 0 };

Deno.test("compare: an identical run matches", () => {
  assert.equal(compareRun(exp, { stdout: "a\nb\n", stderr: "", exit: 0, outcome: "exited" }), undefined);
});

Deno.test("compare: the first differing stream names the kind; every differing stream has a diff", () => {
  const m = compareRun(exp, { stdout: "a\nc\n", stderr: "oops\n", exit: 1, outcome: "exited" })!;
  assert.equal(m.kind, "mismatch:stdout");
  assert.deepStrictEqual(m.diffs.map((d) => d.stream), ["stdout", "stderr", "exit"]);
  assert.match(m.diffs[0].diff, /^--- expected stdout\n\+\+\+ actual stdout\n@@ .* @@\n a\n-b\n\+c$/);
  assert.equal(compareRun(exp, { stdout: "a\nb\n", stderr: "x", exit: 0, outcome: "exited" })!.kind, "mismatch:stderr");
  assert.equal(compareRun(exp, { stdout: "a\nb\n", stderr: "", exit: 3, outcome: "exited" })!.kind, "mismatch:exit");
});

Deno.test("compare: interpreter error outcomes are their own kind", () => {
  const m = compareRun(exp, { stdout: "", stderr: "error: unsupported: thing\n", exit: 112, outcome: "unsupported" })!;
  assert.equal(m.kind, "unsupported");
  assert.equal(m.message, "error: unsupported: thing");
  for (const o of ["ub", "deadlock", "step-limit", "memory-limit", "error"]) {
    assert.equal(compareRun(exp, { stdout: "", stderr: "", exit: 1, outcome: o })!.kind, o);
  }
});

Deno.test("compare: an interp-only case needs its outcome too", () => {
  const dl = { stdout: "", stderr: "error: deadlock\n", exit: 114 };
  assert.equal(compareRun(dl, { ...dl, outcome: "deadlock" }, "deadlock"), undefined);
  const m = compareRun(dl, { ...dl, outcome: "exited" }, "deadlock")!;
  assert.equal(m.kind, "mismatch:exit");
  assert.match(m.message, /expects outcome deadlock/);
  const s = compareRun(dl, { ...dl, outcome: "step-limit" }, "deadlock")!;
  assert.equal(s.kind, "step-limit");
});

Deno.test("compare: both sides are normalised; a mismatch in normalised text carries the raw text and filters", () => {
  const e = { stdout: "", stderr: "thread 'main' (TID) panicked at x.rs:1:1:\nboom\n", exit: 101 };
  const raw = "thread 'main' (4242) panicked at x.rs:1:1:\nboom\n";
  assert.equal(compareRun(e, { stdout: "", stderr: raw, exit: 101, outcome: "panicked" }), undefined);
  // A raw thread id in the expectation is normalised as well.
  assert.equal(compareRun({ ...e, stderr: raw.replace("4242", "7") }, { ...e, outcome: "panicked" }), undefined);
  const m = compareRun(e, { stdout: "", stderr: raw.replace("boom", "bang"), exit: 101, outcome: "panicked" })!;
  assert.equal(m.kind, "mismatch:stderr");
  assert.deepStrictEqual(m.filters, ["thread-id"]);
  assert.deepStrictEqual(m.diffs[0].filters, ["thread-id"]);
  assert.equal(m.diffs[0].raw, raw.replace("boom", "bang"));
  const plain = compareRun(exp, { stdout: "z\n", stderr: "", exit: 0, outcome: "exited" })!;
  assert.equal(plain.diffs[0].raw, undefined);
});

Deno.test("compare: unified diff has no banner and marks a missing final newline", () => {
  const d = unifiedDiff("stdout", "x\n", "x");
  assert.ok(!d.includes("===="));
  assert.match(d, /No newline at end of file/);
});
