/**
 * `deno task run` on bad input: every failure is one `error: …` message with a documented exit
 * status, never a JavaScript stack trace. Runs the CLI as a subprocess.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { EXIT_STATUS } from "../mod.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const dec = new TextDecoder();

async function run(args: string[], opts: { stdin?: Uint8Array; env?: Record<string, string> } = {}) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", join(ROOT, "scripts/run.ts"), ...args],
    cwd: ROOT,
    stdin: opts.stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
    env: opts.env,
  }).spawn();
  if (opts.stdin) {
    const w = child.stdin.getWriter();
    await w.write(opts.stdin);
    await w.close();
  }
  const o = await child.output();
  return { code: o.code, stdout: dec.decode(o.stdout), stderr: dec.decode(o.stderr) };
}

function noStack(text: string) {
  assert.doesNotMatch(text, /\n\s+at .*\.ts:\d+:\d+/, "a JavaScript stack trace reached the user");
  assert.doesNotMatch(text, /TypeError|ReferenceError|Uncaught/);
}

const CASE = "conformance/pipes/basic_write_read.mir";

Deno.test("run: a corpus case reproduces its recording, and --seed/--max-steps/--trace work", async () => {
  const r = await run([CASE, "--seed", "3"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, Deno.readTextFileSync(join(ROOT, "conformance/pipes/basic_write_read.stdout")));
  assert.equal(r.stderr, "");
  const t = await run(["--trace", CASE]);
  assert.match(t.stderr, /^trace: .*write\(4, \d+, 5\) = 5$/m);
  const s = await run([CASE, "--max-steps", "50"]);
  assert.equal(s.code, EXIT_STATUS.stepLimit);
  assert.match(s.stderr, /^error: step limit: /m);
  noStack(s.stderr);
});

Deno.test("run: --stdin FILE and piped stdin both feed fd 0", async () => {
  const c = "conformance/stdio/stdin_raw_read_to_eof";
  const want = Deno.readTextFileSync(join(ROOT, `${c}.stdout`));
  const viaFile = await run([`${c}.mir`, "--stdin", join(ROOT, `${c}.stdin`)]);
  assert.equal(viaFile.code, 0, viaFile.stderr);
  assert.equal(viaFile.stdout, want);
  const piped = await run([`${c}.mir`], { stdin: Deno.readFileSync(join(ROOT, `${c}.stdin`)) });
  assert.equal(piped.stdout, want);
});

Deno.test("run: usage errors", async () => {
  for (const args of [[], ["--bogus", CASE], [CASE, "--seed"], [CASE, "--seed", "x"], ["a.mir", "b.mir"], ["x.txt"]]) {
    const r = await run(args);
    assert.equal(r.code, EXIT_STATUS.usage, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, /^error: /);
    noStack(r.stderr);
  }
});

Deno.test("run: missing file, directory, empty file, binary garbage", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const empty = join(dir, "empty.mir"), garbage = join(dir, "garbage.mir"), d = join(dir, "d.mir");
    await Deno.writeTextFile(empty, "");
    await Deno.writeFile(garbage, crypto.getRandomValues(new Uint8Array(4096)));
    await Deno.mkdir(d);
    const cases: [string, number, RegExp][] = [
      [join(dir, "missing.mir"), EXIT_STATUS.io, /^error: cannot read/],
      [d, EXIT_STATUS.io, /is not a file/],
      [empty, EXIT_STATUS.unsupported, /^error: unsupported: the program has no `fn main`/],
      [garbage, EXIT_STATUS.mirSyntax, /^error: MIR syntax error|^error: MirSyntaxError/],
    ];
    for (const [f, code, re] of cases) {
      const r = await run([f]);
      assert.equal(r.code, code, `${f}: ${r.stderr}`);
      assert.match(r.stderr, re);
      noStack(r.stderr);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("run: MIR truncated at many points of a real file is a syntax error with a location", async () => {
  const text = Deno.readTextFileSync(join(ROOT, "interp/testdata/parser/loops.mir"));
  const dir = await Deno.makeTempDir();
  try {
    // In-process would be faster, but this checks the command's own reporting; 12 cut points.
    for (let k = 1; k <= 12; k++) {
      const cut = Math.floor((text.length * k) / 13);
      const f = join(dir, `t${k}.mir`);
      await Deno.writeTextFile(f, text.slice(0, cut));
      const r = await run([f]);
      assert.ok([EXIT_STATUS.mirSyntax, EXIT_STATUS.unsupported].includes(r.code as 111), `${cut}: ${r.stderr}`);
      assert.match(r.stderr, /^error: /);
      if (r.code === EXIT_STATUS.mirSyntax) assert.match(r.stderr, /--> .*t\d+\.mir:\d+:\d+/);
      noStack(r.stderr);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("run: a .rs that does not compile shows rustc's diagnostics; a missing rustc is reported", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const f = join(dir, "bad.rs");
    await Deno.writeTextFile(f, 'fn main() { let x: u32 = "no"; }\n');
    const env = { FDC_CACHE_DIR: join(dir, "cache") };
    const haveRustc = await new Deno.Command("rustc", { args: ["--version"], stdout: "null", stderr: "null" })
      .output().then((o) => o.success, () => false);
    if (haveRustc) {
      const r = await run([f], { env });
      assert.equal(r.code, EXIT_STATUS.compile, r.stderr);
      assert.match(r.stderr, /mismatched types/);
      assert.match(r.stderr, /^error: compile: /m);
      noStack(r.stderr);
    }
    const missing = await run([f], { env: { ...env, FDC_RUSTC: join(dir, "no-such-rustc") } });
    assert.equal(missing.code, EXIT_STATUS.compile);
    assert.match(missing.stderr, /rustc not found/);
    const wrong = join(dir, "fake-rustc");
    await Deno.writeTextFile(wrong, "#!/bin/sh\necho 'rustc 1.80.0 (x 2024-01-01)'\necho 'release: 1.80.0'\n");
    await Deno.chmod(wrong, 0o755);
    const w = await run([f], { env: { ...env, FDC_RUSTC: wrong } });
    assert.equal(w.code, EXIT_STATUS.compile);
    assert.match(w.stderr, /is not the pinned rustc 1\.95\.0/);
    noStack(missing.stderr + w.stderr);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
