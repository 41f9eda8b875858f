/** FormattingOptions packing against the flags words rustc 1.95 wrote into real templates. */

import assert from "node:assert/strict";
import { DEFAULT_SPEC, formatterQueries, makeSpec, specFromRaw, specToRaw } from "./spec.ts";
import { decodeTemplate, resolveSpec } from "./template.ts";
import { readJsonl } from "./testing.ts";

const rows = readJsonl<{ f: string; bytes: string }>("templates.jsonl");
const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

Deno.test("spec: specToRaw reproduces every flags word rustc emitted", () => {
  let n = 0;
  for (const r of rows) {
    for (const p of decodeTemplate(hex(r.bytes))) {
      if (typeof p === "string") continue;
      const spec = resolveSpec(p, () => 9);
      const raw = specToRaw(spec);
      assert.equal(raw.flags, p.flags, `${r.f}: 0x${raw.flags.toString(16)} vs 0x${p.flags.toString(16)}`);
      assert.deepEqual(specFromRaw(raw), spec, r.f);
      n++;
    }
  }
  assert.ok(n > 150, `only ${n} placeholders`);
});

Deno.test("spec: defaults and queries", () => {
  assert.deepEqual(specToRaw(DEFAULT_SPEC), { flags: 0x60000020, width: 0, precision: 0 });
  const q = formatterQueries(
    makeSpec({ fill: "*", align: "center", width: 9, precision: 0, sign: "+", zeroPad: true }),
  );
  assert.deepEqual(q, {
    fill: "*",
    align: "center",
    width: 9,
    precision: 0,
    signPlus: true,
    signMinus: false,
    alternate: false,
    signAwareZeroPad: true,
    debugLowerHex: false,
    debugUpperHex: false,
    flags: 0b1001,
  });
  assert.throws(() => specFromRaw({ flags: 0xd800, width: 0, precision: 0 }), RangeError);
});
