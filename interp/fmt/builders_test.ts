/**
 * The Debug builders against real Rust output: testdata/builders.jsonl holds what
 * testdata/builders.rs printed for nested values with `{:?}`, `{:#?}`, `{:5?}` and `{:#x?}`;
 * the same values are rebuilt here and formatted the way derive(Debug) and std's impls drive the
 * builders.
 */

import assert from "node:assert/strict";
import {
  DebugList,
  DebugMap,
  DebugSet,
  DebugStruct,
  DebugTuple,
  FmtPanic,
  PadAdapter,
  StringWriter,
  Writer,
} from "./builders.ts";
import type { FloatType } from "./float.ts";
import type { IntType } from "./int.ts";
import { formatPrimitive, Primitive } from "./primitive.ts";
import { FormatSpec, makeSpec } from "./spec.ts";
import { readJsonl } from "./testing.ts";

/** A value shaped like what derive(Debug) and std's Debug impls produce. */
type V =
  | { k: "prim"; p: Primitive }
  | { k: "struct"; name: string; fields: [string, V][]; nonEx?: boolean }
  | { k: "tuple"; name: string; items: V[]; nonEx?: boolean }
  | { k: "list" | "set"; items: V[]; nonEx?: boolean }
  | { k: "map"; entries: [V, V][]; nonEx?: boolean }
  | { k: "raw"; text: string }
  | { k: "seq"; parts: V[] };

const int = (ty: IntType, value: number): V => ({ k: "prim", p: { ty, value } });
const flt = (ty: FloatType, value: number): V => ({ k: "prim", p: { ty, value } });
const str = (value: string): V => ({ k: "prim", p: { ty: "str", value } });
const ch = (value: string): V => ({ k: "prim", p: { ty: "char", value } });
const bool = (value: boolean): V => ({ k: "prim", p: { ty: "bool", value } });
const struct = (name: string, fields: [string, V][] = [], nonEx = false): V => ({ k: "struct", name, fields, nonEx });
const tuple = (name: string, items: V[], nonEx = false): V => ({ k: "tuple", name, items, nonEx });
const list = (items: V[], nonEx = false): V => ({ k: "list", items, nonEx });
const set = (items: V[], nonEx = false): V => ({ k: "set", items, nonEx });
const map = (entries: [V, V][], nonEx = false): V => ({ k: "map", entries, nonEx });
const raw = (text: string): V => ({ k: "raw", text });
const some = (v: V) => tuple("Some", [v]);
const none = struct("None");

/** `<V as Debug>::fmt` into `w` with the formatter's `spec`, through the builders under test. */
function debug(v: V, spec: FormatSpec, w: Writer): void {
  const pretty = spec.alternate;
  switch (v.k) {
    case "prim":
      w.write(formatPrimitive(v.p, "debug", spec));
      return;
    case "raw":
      w.write(v.text);
      return;
    case "seq":
      for (const p of v.parts) debug(p, spec, w);
      return;
    case "struct": {
      const b = new DebugStruct(w, v.name, pretty);
      for (const [name, f] of v.fields) b.fieldWith(name, (fw) => debug(f, spec, fw));
      if (v.nonEx) b.finishNonExhaustive();
      else b.finish();
      return;
    }
    case "tuple": {
      const b = new DebugTuple(w, v.name, pretty);
      for (const f of v.items) b.fieldWith((fw) => debug(f, spec, fw));
      if (v.nonEx) b.finishNonExhaustive();
      else b.finish();
      return;
    }
    case "list":
    case "set": {
      const b = v.k === "list" ? new DebugList(w, pretty) : new DebugSet(w, pretty);
      for (const e of v.items) b.entryWith((ew) => debug(e, spec, ew));
      if (v.nonEx) b.finishNonExhaustive();
      else b.finish();
      return;
    }
    case "map": {
      const b = new DebugMap(w, pretty);
      for (const [key, val] of v.entries) b.entryWith((kw) => debug(key, spec, kw), (vw) => debug(val, spec, vw));
      if (v.nonEx) b.finishNonExhaustive();
      else b.finish();
      return;
    }
  }
}

function outer(depth: number): V {
  return struct("Outer", [
    ["name", str('out"er')],
    [
      "items",
      list([
        tuple("", [int("i32", 1), some(ch("x"))]),
        tuple("", [int("i32", -20), none]),
        tuple("", [int("i32", 300), some(ch("\n"))]),
      ]),
    ],
    ["nested", depth > 0 ? some(outer(depth - 1)) : none],
    ["map", map([[str("a"), list([flt("f64", 1.5), flt("f64", -0)])], [str("b"), list([])]])],
    ["set", set([int("u8", 1), int("u8", 3), int("u8", 255)])],
    ["unit", struct("Unit")],
    ["empty", struct("Empty")],
    ["t", struct("EmptyTuple")],
    ["one", tuple("", [bool(true)])],
    ["e", list([struct("A"), tuple("B", [int("u8", 17)]), struct("C", [["s", str("s")], ["f", flt("f64", 1e20)]])])],
  ]);
}

/** The values of testdata/builders.rs, case by case. */
const CASES: Record<string, V> = {
  unit: struct("Unit"),
  empty: struct("Empty"),
  empty_tuple: struct("EmptyTuple"),
  point: struct("Point", [["x", int("i32", 1)], ["y", int("i32", -2)]]),
  wrapper: tuple("Wrapper", [int("i32", 255), str("w")]),
  tuple1: tuple("", [int("u8", 7)]),
  tuple3: tuple("", [int("i32", 1), str("two"), flt("f64", 3)]),
  unit_value: { k: "prim", p: { ty: "unit" } },
  vec_empty: list([]),
  vec_tuples_options: list([tuple("", [int("i32", 1), some(int("u16", 2))]), tuple("", [int("i32", 3), none])]),
  nested_vecs: list([list([]), list([list([int("u8", 1)])]), list([list([int("u8", 2), int("u8", 3)]), list([])])]),
  options: tuple("", [some(some(int("i64", 5))), none, some(struct("Unit"))]),
  map: map([[int("u32", 1), str("one")], [int("u32", 20), str("twenty")]]),
  map_struct_keys: map([[str("Point { x: 1, y: 2 }"), list([int("u8", 1)])]]),
  map_of_maps: map([[int("u8", 1), map([[int("u8", 2), int("u8", 3)]])]]),
  set: set([int("u16", 2), int("u16", 10)]),
  enums: list([struct("A"), tuple("B", [int("u8", 0)]), struct("C", [["s", str("")], ["f", flt("f64", NaN)]])]),
  outer0: outer(0),
  outer2: outer(2),
  raw_lines: tuple("", [raw("a\nb"), raw("\n"), raw("x\n\ny\n"), raw("")]),
  raw_in_struct: list([some(raw("first\nsecond"))]),
  non_exhaustive: struct("NonEx", [["a", int("i32", 1)], ["b", list([int("u8", 2)])]], true),
  non_exhaustive_empty: struct("NonExEmpty", [], true),
  non_exhaustive_all: tuple("", [
    {
      k: "seq",
      parts: [
        tuple("T", [int("i32", 1)], true),
        list([int("i32", 1), int("i32", 2)], true),
        set([str("s")], true),
        map([[int("i32", 1), str("one")]], true),
      ],
    },
    { k: "seq", parts: [tuple("T", [], true), list([], true), set([], true), map([], true)] },
  ]),
  strings_chars: list([tuple("", [str("tab\t"), ch("q")]), tuple("", [str("\u00e9\u0301"), ch("'")])]),
  floats: list([flt("f32", 0.1), flt("f32", 1e16), flt("f32", -0)]),
  array_of_arrays: list([list([int("i8", 1), int("i8", -1)]), list([int("i8", 127), int("i8", -128)])]),
};

const SPECS: Record<string, FormatSpec> = {
  "{:?}": makeSpec(),
  "{:#?}": makeSpec({ alternate: true }),
  "{:5?}": makeSpec({ width: 5 }),
  "{:#x?}": makeSpec({ alternate: true, debugHex: "lower" }),
};

const rows = readJsonl<{ case: string; f: string; o: string }>("builders.jsonl");

Deno.test("builders: nested Debug output matches Rust 1.95 for every case and format", () => {
  assert.ok(rows.length >= 100, `only ${rows.length} rows`);
  assert.deepEqual(new Set(rows.map((r) => r.case)), new Set(Object.keys(CASES)));
  for (const r of rows) {
    const w = new StringWriter();
    debug(CASES[r.case], SPECS[r.f], w);
    assert.equal(w.text, r.o, `${r.case} with ${r.f}`);
  }
});

Deno.test("builders: PadAdapter indents every line, keeping state across writes", () => {
  const w = new StringWriter();
  const p = new PadAdapter(w);
  p.write("a\nb");
  p.write("c\n");
  p.write("\n");
  p.write("");
  p.write("d");
  assert.equal(w.text, "    a\n    bc\n    \n    d");
});

Deno.test("builders: a field's writer can receive preformatted multi-line text", () => {
  const w = new StringWriter();
  const b = new DebugStruct(w, "S", true);
  b.field("a").write("X {\n    y: 1,\n}");
  b.endField();
  b.finish();
  assert.equal(w.text, "S {\n    a: X {\n        y: 1,\n    },\n}");
});

Deno.test("builders: misuse raises std's panics", () => {
  const m = new DebugMap(new StringWriter(), false);
  m.key();
  m.endKey();
  assert.throws(
    () => m.key(),
    (e: unknown) => e instanceof FmtPanic && /without completing the previous one/.test(e.message),
  );
  assert.throws(() => m.finish(), /attempted to finish a map with a partial entry/);
  const m2 = new DebugMap(new StringWriter(), true);
  assert.throws(() => m2.value(), /attempted to format a map value before its key/);
  const s = new DebugStruct(new StringWriter(), "S", false);
  assert.throws(() => s.endField(), FmtPanic);
  s.field("a");
  assert.throws(() => s.field("b"), FmtPanic);
  const l = new DebugList(new StringWriter(), true);
  assert.throws(() => l.endEntry(), FmtPanic);
});
