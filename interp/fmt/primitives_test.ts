/**
 * Formats every value × format string of testdata/primitives.jsonl (printed by the real Rust 1.95
 * program testdata/primitives.rs) and compares with Rust's output byte for byte.
 */

import assert from "node:assert/strict";
import { charDebug } from "./escape.ts";
import { pad, padIntegral } from "./pad.ts";
import { formatPrimitive } from "./primitive.ts";
import { FormatSpec, formatterQueries } from "./spec.ts";
import { parseFormatString, primitiveFromRepr, readJsonl, ValueRepr } from "./testing.ts";

interface Row {
  v: ValueRepr & { nonneg?: boolean; prefix?: string };
  f: string;
  o: string;
}

const rows = readJsonl<Row>("primitives.jsonl");

const groups: Record<string, (ty: string) => boolean> = {
  integers: (ty) => /^[iu](\d+|size)$/.test(ty),
  f64: (ty) => ty === "f64",
  f32: (ty) => ty === "f32",
  "bool, char, str, unit": (ty) => ["bool", "char", "str", "unit"].includes(ty),
  pointers: (ty) => ty === "ptr",
  "user impls calling pad, pad_integral and the Formatter queries": (ty) => ["pad", "padint", "query"].includes(ty),
};

/** What testdata/primitives.rs's `Query` type prints for a formatter with `spec`. */
function describeQueries(spec: FormatSpec): string {
  const q = formatterQueries(spec);
  const opt = (v: string | number | undefined) => (v === undefined ? "None" : `Some(${v})`);
  const align = q.align && q.align[0].toUpperCase() + q.align.slice(1);
  return `fill=${charDebug(q.fill)} align=${opt(align)} width=${opt(q.width)} precision=${opt(q.precision)} ` +
    `plus=${q.signPlus} minus=${q.signMinus} alt=${q.alternate} zero=${q.signAwareZeroPad} flags=${q.flags}`;
}

/** Formats one row's value the way the Rust program did. */
function format(r: Row): string {
  const { trait, spec } = parseFormatString(r.f);
  switch (r.v.ty) {
    case "pad":
      return pad(r.v.v as string, spec);
    case "padint":
      return padIntegral(r.v.nonneg!, r.v.prefix!, r.v.v as string, spec);
    case "query":
      return describeQueries(spec);
    default:
      return formatPrimitive(primitiveFromRepr(r.v), trait, spec);
  }
}

for (const [name, pick] of Object.entries(groups)) {
  Deno.test(`primitives: ${name} match Rust 1.95 output`, () => {
    const mine = rows.filter((r) => pick(r.v.ty));
    assert.ok(mine.length > 0, `no ${name} rows in primitives.jsonl`);
    const wrong: string[] = [];
    for (const r of mine) {
      let got: string;
      try {
        got = format(r);
      } catch (e) {
        got = `threw ${e}`;
      }
      if (got !== r.o) {
        wrong.push(`${JSON.stringify(r.v)} ${r.f}: got ${JSON.stringify(got)}, Rust ${JSON.stringify(r.o)}`);
      }
    }
    assert.deepEqual(wrong.slice(0, 25), [], `${wrong.length} of ${mine.length} cases differ`);
  });
}

Deno.test("primitives: the table covers several thousand cases", () => {
  assert.ok(rows.length > 5000, `only ${rows.length} rows`);
});
