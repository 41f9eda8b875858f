/** Char and string escapes against Rust 1.95 (testdata/escapes.jsonl, printed by escapes.rs). */

import assert from "node:assert/strict";
import {
  codePoints,
  escapeDebugChar,
  escapeDefaultChar,
  escapeUnicode,
  isGraphemeExtended,
  isPrintable,
  strEscapeDebug,
  strEscapeDefault,
} from "./escape.ts";
import { readJsonl } from "./testing.ts";

interface EscapeRow {
  s: string;
  debug: string;
  default: string;
  first_debug: string;
  first_default: string;
  first_unicode: string;
}

const rows = readJsonl<EscapeRow>("escapes.jsonl");

Deno.test("escapes: str::escape_debug / escape_default and char escapes match Rust", () => {
  assert.ok(rows.length >= 10);
  const all = { graphemeExtended: true, singleQuote: true, doubleQuote: true };
  for (const r of rows) {
    assert.equal(strEscapeDebug(r.s), r.debug, r.s);
    assert.equal(strEscapeDefault(r.s), r.default, r.s);
    const first = r.s === "" ? 0x61 : r.s.codePointAt(0)!;
    assert.equal(escapeDebugChar(first, all), r.first_debug, r.s);
    assert.equal(escapeDefaultChar(first), r.first_default, r.s);
    assert.equal(escapeUnicode(first), r.first_unicode, r.s);
  }
});

Deno.test("escapes: table lookups at known points", () => {
  assert.equal(isPrintable(0x41), true);
  assert.equal(isPrintable(0x1f), false);
  assert.equal(isPrintable(0x7f), false);
  assert.equal(isPrintable(0xad), false); // soft hyphen
  assert.equal(isPrintable(0xe9), true);
  assert.equal(isPrintable(0x378), false); // unassigned
  assert.equal(isPrintable(0x1f980), true);
  assert.equal(isPrintable(0x10ffff), false);
  assert.equal(isGraphemeExtended(0x301), true);
  assert.equal(isGraphemeExtended(0x41), false);
});

Deno.test("escapes: strings with lone surrogates are rejected", () => {
  assert.throws(() => codePoints("a\ud800"), RangeError);
  assert.deepEqual(codePoints("a🦀"), [0x61, 0x1f980]);
});
