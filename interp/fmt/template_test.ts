/**
 * Template decoding against real rustc 1.95 MIR: testdata/templates.jsonl holds the template bytes
 * and `Argument` lists rustc emitted for the format strings of testdata/templates.rs, with the
 * program's real output; decoding and rendering each must reproduce that output exactly.
 */

import assert from "node:assert/strict";
import { formatPrimitive, traitFromConstructor } from "./primitive.ts";
import { DEFAULT_SPEC, FLAGS } from "./spec.ts";
import {
  decodeTemplate,
  estimatedCapacity,
  FmtTemplateError,
  Placeholder,
  renderTemplate,
  resolveSpec,
} from "./template.ts";
import { primitiveFromRepr, readJsonl, ValueRepr } from "./testing.ts";

interface TemplateRow {
  f: string;
  mir: string;
  bytes: string;
  argc: number;
  args: { ctor: string; ty: string; src: number }[];
  values: ValueRepr[];
  o: string;
}

const rows = readJsonl<TemplateRow>("templates.jsonl");
const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const bytes = (...parts: (string | number)[]) =>
  Uint8Array.from(parts.flatMap((p) => typeof p === "number" ? [p] : [...new TextEncoder().encode(p)]));

/** A placeholder with `{}`'s options for argument `arg`, overridden by `fields`. */
const ph = (arg: number, fields: Partial<Placeholder> = {}): Placeholder => ({
  arg,
  fill: " ",
  align: "unknown",
  sign: undefined,
  alternate: false,
  zeroPad: false,
  debugHex: undefined,
  flags: 0x60000020,
  ...fields,
});

Deno.test("templates: at least 50 real format strings from MIR", () => {
  assert.ok(rows.length >= 50, `only ${rows.length} templates`);
});

Deno.test("templates: every real template decodes and renders to Rust's own output", () => {
  const wrong: string[] = [];
  for (const r of rows) {
    assert.equal(r.args.length, r.argc);
    const pieces = decodeTemplate(hex(r.bytes), r.argc);
    const got = renderTemplate(
      pieces,
      (i, spec) => {
        const a = r.args[i];
        const v = r.values[a.src];
        assert.equal(a.ty.replace(/^&/, ""), v.ty, `argument ${i} of ${r.f}`);
        return formatPrimitive(primitiveFromRepr(v), traitFromConstructor(a.ctor), spec);
      },
      (i) => {
        assert.equal(r.args[i].ctor, "from_usize", `count argument ${i} of ${r.f}`);
        return Number(r.values[r.args[i].src].v);
      },
    );
    if (got !== r.o) {
      wrong.push(`${JSON.stringify(r.f)} (${r.mir}): got ${JSON.stringify(got)}, Rust ${JSON.stringify(r.o)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

Deno.test("templates: every placeholder refers to a formatting argument, every count to from_usize", () => {
  for (const r of rows) {
    for (const p of decodeTemplate(hex(r.bytes), r.argc)) {
      if (typeof p === "string") continue;
      assert.notEqual(r.args[p.arg].ctor, "from_usize", r.f);
      for (const c of [p.width, p.precision]) {
        if (c && "arg" in c) assert.equal(r.args[c.arg].ctor, "from_usize", r.f);
      }
    }
  }
});

Deno.test("templates: the brief's examples decode field by field", () => {
  const row = (f: string) => {
    const r = rows.find((x) => x.f === f);
    assert.ok(r, `no row for ${f}`);
    return decodeTemplate(hex(r.bytes), r.argc);
  };
  assert.deepEqual(row("wrote {}\n"), ["wrote ", ph(0), "\n"]);
  assert.deepEqual(row("read {} {:?} {:?}\n"), ["read ", ph(0), " ", ph(1), " ", ph(2), "\n"]);
  assert.deepEqual(row("{y:#x}\n"), [ph(0, { alternate: true, flags: 0x60800020 }), "\n"]);
  assert.deepEqual(row("in thread {}"), ["in thread ", ph(0)]);
  assert.deepEqual(row("Foo({})"), ["Foo(", ph(0), ")"]);
});

Deno.test("templates: width, precision, fill, alignment and explicit indices", () => {
  const get = (f: string) => decodeTemplate(hex(rows.find((x) => x.f === f)!.bytes));
  assert.deepEqual(get("{:>w$}|{:.*}|{:1$}|{:.p$}"), [
    ph(0, { align: "right", width: { arg: 1 }, flags: 0x28000020 }),
    "|",
    ph(2, { precision: { arg: 3 }, flags: 0x70000020 }),
    "|",
    ph(4, { width: { arg: 3 }, flags: 0x68000020 }),
    "|",
    ph(5, { precision: { arg: 6 }, flags: 0x70000020 }),
  ]);
  // `{:.0}` and `{:00}` set the precision / width flag but omit the zero-valued field.
  assert.deepEqual(get("{:.0}|{:0}|{:00}|{:<}|{:+#}").filter((p) => typeof p !== "string"), [
    ph(0, { precision: { literal: 0 }, flags: 0x70000020 }),
    ph(1, { zeroPad: true, flags: 0x61000020 }),
    ph(2, { zeroPad: true, width: { literal: 0 }, flags: 0x69000020 }),
    ph(3, { align: "left", flags: 0x00000020 }),
    ph(4, { sign: "+", alternate: true, flags: 0x60a00020 }),
  ]);
  assert.deepEqual(get("{:€>8} {:🦀<4}"), [
    ph(0, { fill: "€", align: "right", width: { literal: 8 }, flags: 0x280020ac }),
    " ",
    ph(1, { fill: "🦀", align: "left", width: { literal: 4 }, flags: 0x0801f980 }),
  ]);
  assert.deepEqual(get("{:x?} {:X?} {:#?}").filter((p) => typeof p !== "string"), [
    ph(0, { debugHex: "lower", flags: 0x62000020 }),
    ph(1, { debugHex: "upper", flags: 0x64000020 }),
    ph(2, { alternate: true, flags: 0x60800020 }),
  ]);
  assert.deepEqual(get("{:-} {:+}").filter((p) => typeof p !== "string"), [
    ph(0, { sign: "-", flags: 0x60400020 }),
    ph(1, { sign: "+", flags: 0x60200020 }),
  ]);
  assert.deepEqual(get("{:65535}|")[0], ph(0, { width: { literal: 65535 }, flags: 0x68000020 }));
  // An explicit index resets the implicit counter: the next `{}` takes the argument after it.
  assert.deepEqual(
    get("{0} {0:?} {1} {0}").filter((p) => typeof p !== "string").map((p) => (p as Placeholder).arg),
    [0, 1, 2, 0],
  );
  assert.deepEqual(
    get("{11}{10}{9}{8}{7}{6}{5}{4}{3}{2}{1}{0}").map((p) => (p as Placeholder).arg),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  );
});

Deno.test("templates: literals of 128+ bytes use the 0x80 form; over 65535 bytes they are split", () => {
  const r = rows.find((x) => x.f.startsWith("{} lorem ipsum"))!;
  const pieces = decodeTemplate(hex(r.bytes));
  assert.equal(hex(r.bytes)[1], 0x80);
  assert.equal(pieces.length, 3);
  assert.equal(pieces[1], r.f.slice(2, -2));
  // rustc 1.95 compiles "é"×40000 + "{}" (println!) to \x80\xfe\xff + 65534 bytes, then \x80\x82\x38 + 14466
  // bytes: literal pieces are cut at char boundaries below 65536 bytes.
  const long = decodeTemplate(
    bytes(0x80, 0xfe, 0xff, "é".repeat(32767), 0x80, 0x82, 0x38, "é".repeat(7233), 0xc0, 0x01, "\n", 0),
  );
  assert.deepEqual(long, ["é".repeat(32767), "é".repeat(7233), ph(0), "\n"]);
});

Deno.test("templates: resolveSpec reads literal and argument counts", () => {
  const [p] = decodeTemplate(hex(rows.find((x) => x.f === "{2:1$.0$}")!.bytes)) as Placeholder[];
  assert.deepEqual(p.width, { arg: 1 });
  assert.deepEqual(p.precision, { arg: 2 });
  assert.equal(p.arg, 0);
  const spec = resolveSpec(p, (i) => [0, 7, 3][i]);
  assert.deepEqual(spec, { ...DEFAULT_SPEC, width: 7, precision: 3 });
  assert.throws(() => resolveSpec(p, () => 70000), RangeError);
  assert.deepEqual(resolveSpec(ph(0), () => 0), DEFAULT_SPEC);
});

Deno.test("templates: malformed bytes throw FmtTemplateError", () => {
  const bad: [string, Uint8Array, RegExp][] = [
    ["empty", bytes(), /terminating 0/],
    ["no terminator", bytes(3, "abc"), /terminating 0/],
    ["truncated literal", bytes(5, "ab"), /ends inside a literal piece/],
    ["truncated long length", bytes(0x80, 1), /ends inside a literal length/],
    ["truncated flags", bytes(0xc1, 0x20, 0), /ends inside placeholder flags/],
    ["truncated width", bytes(0xc3, 0x20, 0, 0, 0x68, 5), /ends inside a placeholder width/],
    ["truncated arg index", bytes(0xc8, 1), /ends inside a placeholder argument index/],
    ["lead byte 0x81", bytes(0x81, 0), /0x81 starts no part/],
    ["lead byte 0xbf", bytes(0xbf, 0), /0xbf starts no part/],
    ["invalid UTF-8", bytes(2, 0xc3, 0x28, 0), /not valid UTF-8/],
    ["split char", bytes(1, 0xc3, 1, 0xa9, 0), /not valid UTF-8/],
    ["trailing bytes", bytes(0, 0), /follow the terminating 0/],
    ["width without flag", bytes(0xc2, 5, 0, 0), /width given without the width flag/],
    ["indirect width without flag", bytes(0xd0, 0), /width given without the width flag/],
    ["precision without flag", bytes(0xc4, 5, 0, 0), /precision given without the precision flag/],
    ["surrogate fill", bytes(0xc1, 0x00, 0xd8, 0x00, 0x60, 0), /not a char/],
    ["fill beyond U+10FFFF", bytes(0xc1, 0x00, 0x00, 0x11, 0x60, 0), /not a char/],
    ["bit 31", bytes(0xc1, 0x20, 0, 0, 0xe0, 0), /bit 31/],
  ];
  for (const [what, b, re] of bad) {
    assert.throws(() => decodeTemplate(b), (e: unknown) => e instanceof FmtTemplateError && re.test(e.message), what);
  }
  assert.throws(() => decodeTemplate(bytes(0xc0, 0xc0, 0), 1), /argument index 1 is out of range for 1 arguments/);
  assert.throws(
    () => decodeTemplate(bytes(0xd3, 0x20, 0, 0, 0x68, 4, 0, 0), 2),
    /width count index 4 is out of range/,
  );
  assert.deepEqual(decodeTemplate(bytes(0)), []);
  assert.equal(FLAGS.WIDTH, 1 << 27);
});

Deno.test("templates: estimatedCapacity is the capacity format! starts with", () => {
  // rustc 1.95: format!(F, 5).capacity() printed 12, 52 and 8 where the output fits the estimate.
  assert.equal(estimatedCapacity(["hello ", ph(0)]), 12);
  assert.equal(estimatedCapacity([ph(0), " and a longer literal tail"]), 52);
  assert.equal(estimatedCapacity(["é", ph(0), "ü"]), 8);
  // Starting with a placeholder and under 16 literal bytes: 0 (the String then grows to 8).
  assert.equal(estimatedCapacity([ph(0)]), 0);
  assert.equal(estimatedCapacity([ph(0), " short"]), 0);
  assert.equal(estimatedCapacity([ph(0), ph(1)]), 0);
});
