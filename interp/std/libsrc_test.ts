/** The std source prefix in hard-coded panic locations matches the pinned rustc's MIR. */

import assert from "node:assert/strict";
import { RUST_LIBRARY } from "./libsrc.ts";

Deno.test("RUST_LIBRARY names the commit of the rustc that printed the checked-in MIR", () => {
  const mir = Deno.readTextFileSync(new URL("../testdata/programs/std/vec_drain.mir", import.meta.url));
  const seen = /\/rustc\/[0-9a-f]{40}\/library/.exec(mir);
  assert.ok(seen, "the MIR names std sources");
  assert.equal(seen[0], RUST_LIBRARY);
});
