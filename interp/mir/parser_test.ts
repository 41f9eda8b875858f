import assert from "node:assert/strict";
import { join } from "node:path";
import { MirSyntaxError } from "../errors.ts";
import type { Body, Statement, Terminator } from "./ast.ts";
import { parseMir } from "./parser.ts";
import { printMir } from "./printer.ts";
import { allMirFiles, REPO_ROOT, withoutPositions } from "./testing.ts";

const files = allMirFiles();

Deno.test("the repository holds the parser fixtures", () => {
  assert.ok(files.filter((f) => f.startsWith("interp/testdata/parser/")).length >= 30, files.join("\n"));
});

Deno.test("every MIR file in the repository parses and round-trips through the printer", () => {
  for (const f of files) {
    const text = Deno.readTextFileSync(join(REPO_ROOT, f));
    const ast = parseMir(text, f);
    assert.ok(ast.items.length > 0, `${f}: no items`);
    const printed = printMir(ast);
    const again = parseMir(printed, `${f} (printed)`);
    assert.deepEqual(withoutPositions(again.items), withoutPositions(ast.items), `${f}: AST changed after printing`);
  }
});

Deno.test("the printer reproduces rustc's text for the fixtures byte for byte", () => {
  for (const f of files.filter((f) => f.startsWith("interp/testdata/parser/"))) {
    const text = Deno.readTextFileSync(join(REPO_ROOT, f));
    assert.equal(printMir(parseMir(text, f)), text, f);
  }
});

function body(src: string): Body {
  const f = parseMir(src, "t.mir");
  const b = f.items[0];
  assert.equal(b.k, "body");
  return b as Body;
}

function fnWith(stmts: string[], term = "return;"): Body {
  return body(
    `fn f(_1: u32) -> () {\n    let mut _0: ();\n\n    bb0: {\n${
      [...stmts, term].map((s) => `        ${s}\n`).join("")
    }    }\n}\n`,
  );
}

Deno.test("places: projections in the right order", () => {
  const b = fnWith(["_2 = copy (((*_1) as Some).0: u32);", "_3 = copy (*_4)[_5];", "_6 = &mut _7[2 of 4];"]);
  const s = b.blocks[0].stmts as Extract<Statement, { k: "assign" }>[];
  const r0 = s[0].rvalue as { k: "use"; op: { k: "copy"; place: { proj: { k: string }[] } } };
  assert.deepEqual(r0.op.place.proj.map((p) => p.k), ["deref", "downcast", "field"]);
  const r1 = s[1].rvalue as { k: "use"; op: { k: "copy"; place: { proj: { k: string }[] } } };
  assert.deepEqual(r1.op.place.proj.map((p) => p.k), ["deref", "index"]);
  const r2 = s[2].rvalue as { k: "ref"; kind: string; place: { proj: unknown[] } };
  assert.equal(r2.kind, "mut");
  assert.deepEqual(r2.place.proj, [{ k: "constIndex", offset: 2, minLength: 4, fromEnd: false }]);
});

Deno.test("constants of every shape", () => {
  const b = fnWith([
    "_2 = const 5_u32;",
    "_3 = const -7_i64;",
    "_4 = const 1.5f64;",
    "_5 = const 'x';",
    `_6 = const "a\\"b\\n";`,
    `_7 = const b"\\xc0\\x01\\n\\x00";`,
    "_8 = const main::promoted[3];",
    "_9 = const {alloc12: &[u8; 4]};",
    "_10 = const <u32 as std::mem::SizedTypeProperties>::ALIGN;",
    "_11 = const Option::<u8>::None;",
    "_12 = const ZeroSized: {closure@a.rs:1:2: 3:4};",
    "_13 = const ();",
  ]);
  const kinds = b.blocks[0].stmts.map((s) => {
    const r = (s as Extract<Statement, { k: "assign" }>).rvalue as { op: { value: { k: string } } };
    return r.op.value.k;
  });
  assert.deepEqual(kinds, [
    "int",
    "int",
    "float",
    "char",
    "str",
    "bytes",
    "path",
    "alloc",
    "path",
    "path",
    "zst",
    "unit",
  ]);
  const str = (b.blocks[0].stmts[4] as Extract<Statement, { k: "assign" }>).rvalue as {
    op: { value: { value: string } };
  };
  assert.equal(str.op.value.value, 'a"b\n');
});

Deno.test("terminators: calls with and without return targets, asserts, switches", () => {
  const t = (term: string): Terminator => fnWith([], term).blocks[0].term;
  const call = t("_0 = foo::<u8>(move _1, const 2_u32) -> [return: bb1, unwind: bb2];");
  assert.equal(call.k, "call");
  if (call.k === "call") {
    assert.equal(call.target, 1);
    assert.deepEqual(call.unwind, { k: "cleanup", target: 2 });
  }
  const diverge = t('_0 = core::panicking::panic(const "x") -> unwind continue;');
  assert.ok(diverge.k === "call" && diverge.target === undefined && diverge.unwind.k === "continue");
  const divergeCleanup = t("_0 = std::process::exit(const 3_i32) -> bb7;");
  assert.ok(divergeCleanup.k === "call" && divergeCleanup.unwind.k === "cleanup");
  const a = t(
    'assert(!move (_3.1: bool), "attempt to compute `{} + {}`, which would overflow", move _2, const 1_u32) -> [success: bb1, unwind continue];',
  );
  assert.ok(a.k === "assert" && !a.expected && a.msgArgs.length === 2);
  const sw = t("switchInt(move _3) -> [0: bb3, 4294967295: bb2, otherwise: bb1];");
  assert.ok(sw.k === "switchInt");
  if (sw.k === "switchInt") assert.deepEqual(sw.values, [0n, 4294967295n]);
});

Deno.test("types: closures, dyn, impl, fn pointers and qualified paths", () => {
  const b = body(
    `fn f(_1: &dyn std::any::Any + std::marker::Send, _2: impl FnMut() -> u32, _3: for<'a> fn(&'a u8) -> bool, _4: {closure@a.rs:3:9: 3:20}, _5: <T as Iterator>::Item, _6: [u64; N]) -> () {
    let mut _0: ();

    bb0: {
        return;
    }
}
`,
  );
  assert.deepEqual(b.params.map((p) => p.ty.k), ["ref", "impl", "fnPtr", "closure", "adt", "array"]);
});

Deno.test("malformed input raises MirSyntaxError with a position and a caret excerpt", () => {
  const src = "fn f() -> () {\n    let _0: ();\n\n    bb0: {\n        _0 = Frob(;\n        return;\n    }\n}\n";
  const e = assertThrowsSyntax(() => parseMir(src, "bad.mir"));
  assert.equal(e.file, "bad.mir");
  assert.equal(e.line, 5);
  assert.ok(e.render().includes("^"), e.render());
  assert.ok(e.render().includes("bad.mir:5:"), e.render());
});

Deno.test("empty input, binary garbage and truncation are syntax errors", () => {
  for (const bad of ["fn", "fn f(", "\u0000\u0001\u00ff", "alloc1 (size: 2, align: 1) {\n    00\n}\n"]) {
    assertThrowsSyntax(() => parseMir(bad, "x.mir"));
  }
  assert.equal(parseMir("", "empty.mir").items.length, 0);
});

function assertThrowsSyntax(f: () => unknown): MirSyntaxError {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof MirSyntaxError, `expected MirSyntaxError, got ${e}`);
    return e;
  }
  assert.fail("expected a MirSyntaxError");
}
