/**
 * Digit generation checks beyond the Rust tables: the shortest digits agree with the engine's own
 * shortest conversion except on exact ties, where Rust (Dragon4/Grisu) rounds up and V8 to even.
 */

import assert from "node:assert/strict";
import { decodeFloat, exactDigits, fixedDigits, shortestDigits } from "./flt2dec.ts";

function finite(v: number, ty: "f32" | "f64" = "f64") {
  const d = decodeFloat(v, ty);
  assert.equal(d.kind, "finite");
  return d as Extract<typeof d, { kind: "finite" }>;
}

Deno.test("flt2dec: shortest f64 digits equal JS's, up to Rust's round-half-up ties", () => {
  const view = new DataView(new ArrayBuffer(8));
  let seed = 0x243f6a8885a308d3n;
  let ties = 0;
  for (let i = 0; i < 20000; i++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    view.setBigUint64(0, seed);
    const v = view.getFloat64(0);
    if (!Number.isFinite(v) || v === 0) continue;
    const mine = shortestDigits(finite(v));
    const s = Math.abs(v).toExponential();
    const e = s.indexOf("e");
    const js = { digits: s.slice(0, e).replace(".", ""), exp: Number(s.slice(e + 1)) + 1 };
    if (mine.digits === js.digits && mine.exp === js.exp) continue;
    // A tie: both candidates are equally near, so the exact value ends in 5 one digit further.
    ties++;
    assert.equal(mine.digits.length, js.digits.length, `${v}`);
    const exact = exactDigits(finite(v), mine.digits.length + 1);
    assert.equal(exact.digits.at(-1), "5", `${v}: not a tie (${mine.digits} vs ${js.digits})`);
  }
  assert.ok(ties < 100, `${ties} ties`);
});

Deno.test("flt2dec: decode splits floats like flt2dec::decode", () => {
  assert.deepEqual(decodeFloat(1, "f64"), {
    kind: "finite",
    negative: false,
    mant: 1n << 54n,
    minus: 1n,
    plus: 2n,
    exp: -54,
    inclusive: true,
  });
  assert.deepEqual(decodeFloat(-0, "f32"), { kind: "zero", negative: true });
  assert.deepEqual(decodeFloat(-Infinity, "f32"), { kind: "inf", negative: true });
  assert.equal(decodeFloat(NaN, "f64").kind, "nan");
  const sub = finite(1e-45, "f32");
  assert.deepEqual([sub.mant, sub.minus, sub.plus, sub.exp], [2n, 1n, 1n, -150]);
});

Deno.test("flt2dec: exact digits round half to even on the binary value", () => {
  assert.equal(fixedDigits(finite(0.5), 0), 0n);
  assert.equal(fixedDigits(finite(1.5), 0), 2n);
  assert.equal(fixedDigits(finite(2.5), 0), 2n);
  assert.equal(fixedDigits(finite(0.125), 2), 12n);
  assert.equal(fixedDigits(finite(0.375), 2), 38n);
  assert.equal(fixedDigits(finite(1.005), 2), 100n); // 1.00499999999999989…
  assert.deepEqual(exactDigits(finite(9.5), 1), { digits: "1", exp: 2 });
  assert.deepEqual(exactDigits(finite(123), 5), { digits: "12300", exp: 3 });
  assert.deepEqual(shortestDigits(finite(0.1, "f32")), { digits: "1", exp: 0 });
  assert.deepEqual(shortestDigits(finite(16777216, "f32")), { digits: "16777216", exp: 8 });
});
