/**
 * Regenerates templates.jsonl from templates.rs: compiles it to MIR with rustc 1.95, reads each
 * `Arguments::new::<N, M>(template, args)` of `main` (the template bytes and, for each `Argument`,
 * its constructor, type and source argument position), runs the program, and writes one JSON line
 * per `case!`: `{f, mir, bytes, argc, args: [{ctor, ty, src}], values, o}`.
 *
 * Run from the repository root: `npx deno run -A interp/fmt/testdata/gen_templates.ts`
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const src = join(here, "templates.rs");
const tmp = mkdtempSync(join(tmpdir(), "fmt-templates-"));
const rustc = ["--edition", "2021", "-C", "opt-level=0"];
execFileSync("rustc", [...rustc, "--emit=mir", "-o", join(tmp, "t.mir"), src]);
execFileSync("rustc", [...rustc, "-o", join(tmp, "t"), src]);
const printed = execFileSync(join(tmp, "t"), { encoding: "utf8" }).split("\n").filter((l) => l !== "");

/** Bytes of a MIR byte-string literal body (the text between `b"` and `"`). */
function parseByteString(body: string): number[] {
  const out: number[] = [];
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, "0": 0, "\\": 92, '"': 34, "'": 39 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      const cp = ch.charCodeAt(0);
      if (cp > 0x7e || cp < 0x20) throw new Error(`unexpected raw char ${cp} in MIR byte string`);
      out.push(cp);
      continue;
    }
    const e = body[++i];
    if (e === "x") {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e in simple) out.push(simple[e]);
    else throw new Error(`unknown escape \\${e} in MIR byte string`);
  }
  return out;
}

const mir = readFileSync(join(tmp, "t.mir"), "utf8");
const start = mir.indexOf("fn main() -> () {");
const end = mir.indexOf("\n}\n", start);
const lines = mir.slice(start, end).split("\n");

const tupleField = new Map<string, number>(); // local holding `copy (_T.K: &ty)` -> K
const argOf = new Map<string, { ctor: string; ty: string; src: number }>();
const arrays = new Map<string, string[]>();
const consts = new Map<string, string>();
const refs = new Map<string, string>();
const found: { mir: string; bytes: number[]; argc: number; args: { ctor: string; ty: string; src: number }[] }[] = [];

for (const raw of lines) {
  const l = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(_\d+) = copy \(_\d+\.(\d+): [^)]*\);$/.exec(l))) tupleField.set(m[1], Number(m[2]));
  else if ((m = /^(_\d+) = core::fmt::rt::Argument::<'_>::(\w+)(?:::<(.+)>)?\(copy (_\d+)\)/.exec(l))) {
    const srcPos = tupleField.get(m[4]);
    if (srcPos === undefined) throw new Error(`cannot trace the value of ${l}`);
    argOf.set(m[1], { ctor: m[2], ty: m[3] ?? "usize", src: srcPos });
  } else if ((m = /^(_\d+) = \[((?:move _\d+(?:, )?)*)\];$/.exec(l))) {
    arrays.set(m[1], m[2].split(", ").map((x) => x.replace("move ", "")));
  } else if ((m = /^(_\d+) = const b"(.*)";$/.exec(l))) consts.set(m[1], m[2]);
  else if ((m = /^(_\d+) = &(_\d+);$/.exec(l))) refs.set(m[1], m[2]);
  else if ((m = /Arguments::<'_>::new::<(\d+), (\d+)>\(move (_\d+), copy (_\d+)\)/.exec(l))) {
    const body = consts.get(m[3])!;
    const bytes = parseByteString(body);
    if (bytes.length !== Number(m[1])) throw new Error(`template length ${bytes.length} != ${m[1]}: ${body}`);
    const arr = arrays.get(refs.get(m[4])!)!;
    found.push({ mir: `b"${body}"`, bytes, argc: Number(m[2]), args: arr.map((a) => argOf.get(a)!) });
  } else if (l.includes("Arguments::<'_>::from_str")) {
    throw new Error(`case compiled to a literal-only Arguments: ${l}`);
  }
}

if (found.length !== printed.length) {
  throw new Error(`${found.length} templates in MIR but ${printed.length} cases ran`);
}
const out = found.map((t, i) => {
  const row = JSON.parse(printed[i]);
  return JSON.stringify({
    f: row.f,
    mir: t.mir,
    bytes: t.bytes.map((b) => b.toString(16).padStart(2, "0")).join(""),
    argc: t.argc,
    args: t.args,
    values: row.values,
    o: row.o,
  });
});
writeFileSync(join(here, "templates.jsonl"), out.join("\n") + "\n");
console.log(`wrote ${out.length} templates`);
