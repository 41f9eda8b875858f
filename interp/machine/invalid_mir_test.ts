/**
 * MIR that parses but cannot come from rustc is reported as `invalid MIR` with a location, never
 * as a JavaScript exception. Each case is a one-line edit of a real fixture, taken from what the
 * fuzzer found before these checks existed.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { EXIT_STATUS, runProgram } from "../../mod.ts";

const DIR = new URL("../testdata/parser/", import.meta.url).pathname;

/** Runs fixture `name` with `from` replaced by `to` (which must occur in it). */
function runEdited(name: string, from: string, to: string) {
  const text = Deno.readTextFileSync(join(DIR, `${name}.mir`));
  assert.ok(text.includes(from), `${name}.mir contains ${from}`);
  const mir = text.replace(from, to);
  return runProgram(
    { mir, mirPath: `${name}.mir`, readSource: (f) => Deno.readTextFileSync(join(DIR, f)) },
    { maxSteps: 1_000_000 },
  );
}

const cases: { name: string; file: string; from: string; to: string; message: RegExp }[] = [
  {
    name: "a jump to a block the body does not have",
    file: "vecs",
    from: "next(copy _6) -> [return: bb4,",
    to: "next(copy _6) -> [return: bb400,",
    message: /invalid MIR: bb\d+ jumps to bb400, which main does not have\n {2}--> vecs\.mir:182:9 \(in main\)/,
  },
  {
    name: "a local read before any assignment",
    file: "traits",
    from: "_50 = copy _49 as usize (Transmute);",
    to: "_36 = copy _49 as usize (Transmute);",
    message:
      /invalid MIR: _50 is read in bb\d+ of main before every path to it has assigned it\n {2}--> traits\.mir:\d+:9/,
  },
  {
    name: "a local used but never declared",
    file: "traits",
    from: "    let mut _33: &u32;                   // in scope 0 at traits.rs:21:23: 21:31\n",
    to: "",
    message: /invalid MIR: local _33 is not declared in main/,
  },
  {
    name: "a local declared twice",
    file: "strings",
    from: "    let mut _49: core::fmt::rt::Argument<'_>;",
    to: "    let mut _15: core::fmt::rt::Argument<'_>;",
    message: /invalid MIR: _15 is declared twice in main/,
  },
  {
    name: "an integer literal out of its type's range",
    file: "arrays_slices",
    from: "_1 = [const 0_u8; 8];",
    to: "_1 = [const 4096_u8; 8];",
    message: /invalid MIR: the literal 4096_u8 does not fit u8\n {2}--> arrays_slices\.mir:145:9/,
  },
  {
    name: "a std call with an argument of the wrong type",
    file: "atomics",
    from: "_17 = JoinHandle::<()>::join(copy _15)",
    to: "_17 = JoinHandle::<()>::join(copy _14)",
    message:
      /invalid MIR: argument 1 of `JoinHandle::<\(\)>::join` has type .* where JoinHandle<\(\)> is expected\n {2}--> atomics\.mir:183:9/,
  },
  {
    name: "a call result stored in a local of another type",
    file: "refs_mut",
    from: "    let mut _4: usize;",
    to: "    let mut _4: bool;",
    message:
      /invalid MIR: the result of `core::str::<impl str>::len` has type usize where bool is expected\n {2}--> refs_mut\.mir:29:9 \(in longest\)/,
  },
  {
    name: "a tuple with an operand of the wrong type",
    file: "generics",
    from: "_32 = (move _33, move _36);",
    to: "_32 = (move _33, const 7_u8);",
    message: /invalid MIR: tuple field 1 has type u8 where &u64 is expected\n {2}--> generics\.mir:534:9/,
  },
  // Found by the 100,000-input run (seed 2026) after the checks above existed.
  {
    name: "a field index past the end of a tuple",
    file: "refs_mut",
    from: "(*_4) = move (_6.0: u32);",
    to: "(*_4) = move (_6.80: u32);",
    message: /invalid MIR: field 80 of \(u32, bool\) \(_6\) in main\n {2}--> refs_mut\.mir:174:9/,
  },
  {
    name: "PtrMetadata of a thin pointer",
    file: "arrays_slices",
    from: "_54 = PtrMetadata(copy _43);",
    to: "_54 = PtrMetadata(copy _33);",
    message: /invalid MIR: PtrMetadata of isize stored in usize\n {2}--> arrays_slices\.mir:289:9/,
  },
  {
    name: "a struct literal assigned to a local of another type",
    file: "structs",
    from: "_5 = Config { name:",
    to: "_9 = Config { name:",
    message: /invalid MIR: a `Config` value assigned to Arguments/,
  },
  {
    name: "an iterator method's Option result stored in a non-Option",
    file: "iterators",
    from: "_73 = <std::slice::Iter<'_, i32> as Iterator>::max(move _74)",
    to: "_4 = <std::slice::Iter<'_, i32> as Iterator>::max(move _74)",
    message:
      /invalid MIR: the result of `<std::slice::Iter<'_, i32> as Iterator>::max` has type Option<…> where .* is expected/,
  },
  // Found by the confirmation run of the same 100,000 inputs.
  {
    name: "a pointer cast of a non-pointer",
    file: "raw_pointers",
    from: "_105 = copy _5 as *const () (PtrToPtr);",
    to: "_105 = copy _0 as *const () (PtrToPtr);",
    message: /invalid MIR: a PtrToPtr cast of \(\)/,
  },
  {
    name: "a reference to a place of another type",
    file: "atomics",
    from: "_41 = &_27;",
    to: "_41 = &_35;",
    message: /invalid MIR: the referenced place has type usize where Result<i32, i32> is expected/,
  },
];

for (const c of cases) {
  Deno.test(`invalid MIR: ${c.name}`, () => {
    const r = runEdited(c.file, c.from, c.to);
    const err = new TextDecoder().decode(r.stderr);
    assert.equal(r.outcome, "invalid-mir", err);
    assert.equal(r.exitCode, EXIT_STATUS.mirSyntax);
    assert.match(err, c.message);
    assert.doesNotMatch(err, /TypeError|internal interpreter error/);
  });
}
