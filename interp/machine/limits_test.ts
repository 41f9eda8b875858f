/** Limits hold everywhere, including in constant evaluation (found by the fuzzer). */

import assert from "node:assert/strict";
import { join } from "node:path";
import { runProgram } from "../../mod.ts";

const DIR = new URL("../testdata/regress/", import.meta.url).pathname;

Deno.test("a promoted constant whose body loops forever stops at the step limit", () => {
  // unions.mir with `main::promoted[0]`'s call returning to its own block (fuzz input 61612).
  const mir = Deno.readTextFileSync(join(DIR, "const_loop.mir"));
  const r = runProgram(
    { mir, mirPath: "const_loop.mir", readSource: (f) => Deno.readTextFileSync(join(DIR, f)) },
    { maxSteps: 100_000 },
  );
  assert.equal(r.outcome, "step-limit");
  assert.equal(r.exitCode, 115);
  assert.match(new TextDecoder().decode(r.stderr), /const_loop\.mir:267:9 \(in main::promoted\[0\]\)/);
});

Deno.test("a long loop inside one iterator shim stops at the step limit", () => {
  // `(0..u64::MAX).rev().count()`: every element is produced in native code, not MIR.
  const mir = Deno.readTextFileSync(join(DIR, "shim_loop.mir"));
  const r = runProgram(
    { mir, mirPath: "shim_loop.mir", readSource: (f) => Deno.readTextFileSync(join(DIR, f)) },
    { maxSteps: 1_000_000 },
  );
  assert.equal(r.outcome, "step-limit");
  assert.equal(r.exitCode, 115);
  assert.match(new TextDecoder().decode(r.stderr), /shim_loop\.mir:37:9 \(in main\)\n.*shim_loop\.rs:4:13/);
});
