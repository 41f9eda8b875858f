/**
 * Tests of `deno task conformance`, run as a subprocess on the fixture corpus
 * scripts/testdata/corpus/ (whose expectations are edited on purpose; see its known-failures.txt)
 * and scripts/testdata/hygiene/ (a corpus with layout problems).
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rustcInfo } from "./rustc.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const ROOT = "scripts/testdata/corpus";
const HYGIENE = "scripts/testdata/hygiene";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs the CLI from the repository root (CI unset unless `env` sets it). */
async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "scripts/conformance.ts", ...args],
    cwd: REPO,
    env: { CI: "", NO_COLOR: "1", ...env },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  const stdout = dec.decode(out.stdout);
  return { code: out.code, stdout, stderr: dec.decode(out.stderr), lines: stdout.trimEnd().split("\n") };
}

function last(r: Run): string {
  return r.lines[r.lines.length - 1];
}

/** A scratch copy of the fixture corpus. */
async function copyCorpus(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "fdc-conformance-test-" });
  const copy = async (from: string, to: string) => {
    await Deno.mkdir(to, { recursive: true });
    for await (const e of Deno.readDir(from)) {
      if (e.isDirectory) await copy(join(from, e.name), join(to, e.name));
      else await Deno.copyFile(join(from, e.name), join(to, e.name));
    }
  };
  await copy(join(REPO, ROOT), dir);
  return dir;
}

async function withCopy(fn: (dir: string) => Promise<void>) {
  const dir = await copyCorpus();
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function assertHas(text: string, ...parts: string[]) {
  for (const p of parts) assert.ok(text.includes(p), `expected to find ${JSON.stringify(p)} in:\n${text}`);
}

Deno.test("--help lists every option and exits 0", async () => {
  const r = await cli(["--help"]);
  assert.equal(r.code, 0);
  for (
    const o of [
      "--list",
      "--seeds",
      "--jobs",
      "--engine",
      "--max-steps",
      "--timeout",
      "--quiet",
      "--bless",
      "--junit",
      "--json",
      "--known-failures",
      "--shard",
      "--root",
      "--help",
    ]
  ) assertHas(r.stdout, o);
});

Deno.test("usage errors exit 2 with the usage text and no stack trace", async () => {
  for (
    const args of [
      ["--frobnicate"],
      ["--seeds", "x"],
      ["--shard", "3/2"],
      ["--shard", "1"],
      ["--timeout", "0"],
      ["--jobs", "0"],
      ["--bless", "--engine", "native"],
      ["--root"],
    ]
  ) {
    const r = await cli(args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assertHas(r.stderr, "error: ", "usage: deno task conformance");
    assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
  }
});

Deno.test("--list prints the selected cases; filters by area, id, path and substring", async () => {
  const all = await cli(["--root", ROOT, "--list"]);
  assert.equal(all.code, 0);
  assert.deepStrictEqual(all.lines, [
    "basic/broken",
    "basic/echo_stdin",
    "basic/exit3",
    "basic/hello",
    "basic/panic_broken",
    "basic/panics",
    "interp/spin_limit",
    "known/listed_fail",
    "known/listed_other",
    "known/listed_pass",
    "nondet/race",
    "slow/spin",
  ]);
  assert.equal((await cli(["--root", ROOT, "--list", "basic"])).lines.length, 6);
  assert.deepStrictEqual((await cli(["--root", ROOT, "--list", "basic/hello"])).lines, ["basic/hello"]);
  assert.deepStrictEqual((await cli(["--root", ROOT, "--list", `${ROOT}/slow/spin.rs`])).lines, ["slow/spin"]);
  assert.deepStrictEqual((await cli(["--root", ROOT, "--list", "listed_"])).lines, [
    "known/listed_fail",
    "known/listed_other",
    "known/listed_pass",
  ]);
  const none = await cli(["--root", ROOT, "--list", "no_such_case"]);
  assert.equal(none.code, 1);
  assertHas(none.stderr, "no case matches `no_such_case`");
});

Deno.test("--shard I/N takes every N-th selected case starting at I-1; the shards partition the selection", async () => {
  const all = (await cli(["--root", ROOT, "--list"])).lines;
  const shards = await Promise.all([1, 2, 3].map((i) => cli(["--root", ROOT, "--list", "--shard", `${i}/3`])));
  shards.forEach((s, i) => assert.deepStrictEqual(s.lines, all.filter((_, j) => j % 3 === i)));
  const s = await cli(["--root", ROOT, "basic", "--shard", "2/2", "--seeds", "1"]);
  assert.deepStrictEqual(s.lines.filter((l) => /^(ok|FAIL)/.test(l)), [
    "ok    basic/echo_stdin",
    "ok    basic/hello",
    "ok    basic/panics",
  ]);
});

Deno.test("passing cases: one line per case in id order, exit 0, summary last", async () => {
  const r = await cli([
    "--root",
    ROOT,
    "basic/hello",
    "basic/panics",
    "basic/exit3",
    "basic/echo_stdin",
    "--jobs",
    "3",
  ]);
  assert.equal(r.code, 0, r.stdout);
  assert.deepStrictEqual(r.lines.slice(0, 4), [
    "ok    basic/echo_stdin",
    "ok    basic/exit3",
    "ok    basic/hello",
    "ok    basic/panics",
  ]);
  assert.equal(r.lines[r.lines.length - 2], "known failures: 0");
  assert.equal(last(r), "conformance: 4 passed, 0 failed, 0 skipped");
});

Deno.test("output is the same with any --jobs", async () => {
  const strip = (r: Run) => r.lines.filter((l) => !l.startsWith("elapsed:"));
  const a = await cli(["--root", ROOT, "basic", "known", "--seeds", "2", "--jobs", "1"]);
  const b = await cli(["--root", ROOT, "basic", "known", "--seeds", "2", "--jobs", "4"]);
  assert.deepStrictEqual(strip(a), strip(b));
});

Deno.test("a mismatch shows a unified diff, the kind, the schedule and the reproducing command", async () => {
  const r = await cli(["--root", ROOT, "basic/broken", "basic/hello"]);
  assert.equal(r.code, 1);
  assertHas(
    r.stdout,
    "FAIL  basic/broken (mismatch:stdout, default schedule)",
    "FAIL basic/broken: mismatch:stdout under the default schedule (outcome exited)",
    "reproduce: npx deno task run scripts/testdata/corpus/basic/broken.mir\n",
    "--- expected stdout\n  +++ actual stdout\n",
    "  -world 43\n  +world 42\n",
  );
  assert.equal(last(r), "conformance: 1 passed, 1 failed, 0 skipped");
});

Deno.test("a mismatch in normalised text names the filters and shows the raw output", async () => {
  const r = await cli(["--root", ROOT, "basic/panic_broken"]);
  assert.equal(r.code, 1);
  assertHas(r.stdout, "mismatch:stderr", "  -bang\n  +boom\n", "filters fired on stderr: thread-id", "raw stderr:");
  assert.match(r.stdout, /\| thread 'main' \(\d+\) panicked at panic_broken\.rs/);
});

Deno.test("a failure under a seed names the seed; the reproducing command reproduces it", async () => {
  await withCopy(async (dir) => {
    // Bless the schedule-dependent case from the default schedule alone, then check it under seeds.
    const blessed = await cli(["--root", dir, "nondet/race", "--bless", "--seeds", "0"]);
    assert.equal(blessed.code, 0, blessed.stdout);
    const r = await cli(["--root", dir, "nondet/race", "--seeds", "8", "--json", join(dir, "r.json")]);
    assert.equal(r.code, 1);
    const m = /FAIL nondet\/race: mismatch:stdout under seed (\d+) \(outcome step-limit\)/.exec(r.stdout);
    assert.ok(m, r.stdout);
    const seed = Number(m[1]);
    const repro = /reproduce: (.*)/.exec(r.stdout)![1];
    assert.equal(repro, `npx deno task run ${dir}/nondet/race.mir --seed ${seed} --max-steps 200000`);
    const json = JSON.parse(await Deno.readTextFile(join(dir, "r.json")));
    assert.equal(json.cases[0].failingSeed, seed);
    // The same run through `deno task run` (what the command does) prints the same stdout.
    const args = repro.replace("npx deno task run ", "").split(" ");
    const rerun = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "scripts/run.ts", ...args],
      cwd: REPO,
      stdin: "null",
      stdout: "piped",
      stderr: "null",
    }).output();
    const stdout = new TextDecoder().decode(rerun.stdout);
    assert.notEqual(stdout, await Deno.readTextFile(join(dir, "nondet/race.blessed.stdout")));
    for (const line of json.cases[0].failure.diffs[0].diff.split("\n").filter((l: string) => /^\+[a-z]/.test(l))) {
      assert.ok(stdout.includes(line.slice(1) + "\n"), `${line} in the reproduced stdout`);
    }
  });
});

Deno.test("a case with stdin is fed its .stdin file; its reproducing command names it", async () => {
  await withCopy(async (dir) => {
    await Deno.writeTextFile(join(dir, "basic/echo_stdin.stdout"), "got 0 bytes: \n");
    const r = await cli(["--root", dir, "basic/echo_stdin"]);
    assert.equal(r.code, 1);
    assertHas(r.stdout, "+got 4 bytes: abc", `--stdin ${dir}/basic/echo_stdin.stdin`);
  });
});

Deno.test("step limit: --max-steps stops a case as step-limit (status timeout); the run continues", async () => {
  const json = await Deno.makeTempFile({ suffix: ".json" });
  try {
    const r = await cli(["--root", ROOT, "slow/spin", "basic/hello", "--max-steps", "50000", "--json", json]);
    assert.equal(r.code, 1);
    assertHas(
      r.stdout,
      "FAIL  slow/spin (step-limit, default schedule)",
      "error: step limit: the program ran for 50000 steps",
      "reproduce: npx deno task run scripts/testdata/corpus/slow/spin.mir --max-steps 50000",
    );
    assert.equal(last(r), "conformance: 1 passed, 1 failed, 0 skipped");
    const spin = JSON.parse(await Deno.readTextFile(json)).cases.find((c: { id: string }) => c.id === "slow/spin");
    assert.equal(spin.status, "timeout");
    assert.equal(spin.kind, "step-limit");
  } finally {
    await Deno.remove(json);
  }
});

Deno.test("wall-clock limit: --timeout stops a case (worker terminated) as timeout; the run continues", async () => {
  const t0 = performance.now();
  const r = await cli([
    "--root",
    ROOT,
    "slow/spin",
    "basic/hello",
    "basic/exit3",
    "--max-steps",
    "100000000000",
    "--timeout",
    "1.5",
    "--jobs",
    "1",
  ]);
  assert.equal(r.code, 1);
  assertHas(r.stdout, "FAIL  slow/spin (timeout, default schedule)", "no result within 1.5 s");
  assert.equal(last(r), "conformance: 2 passed, 1 failed, 0 skipped");
  assert.ok(performance.now() - t0 < 60_000);
});

Deno.test("known failures: a listed failure passes the run; other ways and unexpected passes fail it", async () => {
  const k = await cli(["--root", ROOT, "known/listed_fail", "basic/hello"]);
  assert.equal(k.code, 0, k.stdout);
  assertHas(k.stdout, "known known/listed_fail (mismatch:stdout, default schedule)");
  assert.deepStrictEqual(k.lines.slice(-2), ["known failures: 1", "conformance: 1 passed, 0 failed, 0 skipped"]);

  const p = await cli(["--root", ROOT, "known/listed_pass"]);
  assert.equal(p.code, 1);
  assertHas(p.stdout, "FAIL  known/listed_pass (unexpected pass)", "unexpected pass: remove it from the list");
  assert.equal(last(p), "conformance: 0 passed, 1 failed, 0 skipped");

  const o = await cli(["--root", ROOT, "known/listed_other"]);
  assert.equal(o.code, 1);
  assertHas(o.stdout, "listed as a known failure `unsupported`", "but failed as mismatch:stdout");
});

Deno.test("--known-failures FILE replaces the default list; its problems fail the run naming the line", async () => {
  const file = await Deno.makeTempFile({ suffix: ".txt" });
  try {
    await Deno.writeTextFile(file, "basic/broken mismatch:stdout: world 43 # edited on purpose\n");
    const a = await cli(["--root", ROOT, "basic/broken", "known/listed_fail", "--known-failures", file]);
    assert.equal(a.code, 1); // listed_fail is not in this list
    assertHas(a.stdout, "known basic/broken", "FAIL  known/listed_fail (mismatch:stdout");
    await Deno.writeTextFile(file, "basic/broken mismatch:stdout # ok\nbasic/hello sideways # bad kind\n");
    const b = await cli(["--root", ROOT, "basic/broken", "--known-failures", file]);
    assert.equal(b.code, 1);
    assertHas(b.stdout, `${file}:2: unknown failure kind \`sideways\``, "hygiene problems: 1");
    const missing = await cli(["--root", ROOT, "basic/hello", "--known-failures", `${file}.missing`]);
    assert.equal(missing.code, 1);
    assertHas(missing.stdout, `${file}.missing: cannot read`);
  } finally {
    await Deno.remove(file);
  }
});

Deno.test("hygiene: orphans, cases without expectations, malformed headers and unknown listed ids fail the run", async () => {
  const r = await cli(["--root", HYGIENE]);
  assert.equal(r.code, 1);
  assertHas(
    r.stdout,
    `error: ${HYGIENE}/a/orphan.stdout: belongs to no case`,
    `error: ${HYGIENE}/a/badhdr.rs:1: malformed header line`,
    `error: ${HYGIENE}/a/noexp.rs: missing expectation \`noexp.stdout\``,
    `error: ${HYGIENE}/a/ghost.mir: belongs to no case (no \`ghost.rs\`)`,
    `error: ${HYGIENE}/known-failures.txt:2: unknown case id \`a/nope\``,
    "hygiene problems: 7",
  );
  const list = await cli(["--root", HYGIENE, "--list"]);
  assert.equal(list.code, 1);
  assertHas(list.stderr, "orphan.stdout");
});

Deno.test("interp-only: a blessed case passes; its header's outcome must match the run's", async () => {
  const r = await cli(["--root", ROOT, "interp/spin_limit"]);
  assert.equal(r.code, 0, r.stdout);
  await withCopy(async (dir) => {
    const rs = join(dir, "interp/spin_limit.rs");
    await Deno.writeTextFile(
      rs,
      (await Deno.readTextFile(rs)).replace("interp-only: step-limit", "interp-only: deadlock"),
    );
    const w = await cli(["--root", dir, "interp/spin_limit"]);
    assert.equal(w.code, 1);
    assertHas(w.stdout, "FAIL  interp/spin_limit (step-limit", "(the case expects outcome deadlock)");
  });
});

Deno.test("--bless writes interp-only expectations atomically and prints what changed; a plain run writes nothing", async () => {
  await withCopy(async (dir) => {
    const stem = join(dir, "interp/spin_limit.blessed");
    const good = {
      stdout: await Deno.readTextFile(`${stem}.stdout`),
      stderr: await Deno.readTextFile(`${stem}.stderr`),
    };
    await Deno.remove(`${stem}.stdout`);
    await Deno.writeTextFile(`${stem}.stderr`, "stale\n");
    const check = await cli(["--root", dir, "interp/spin_limit"]);
    assert.equal(check.code, 1);
    assertHas(check.stdout, "missing expectation `spin_limit.blessed.stdout`");
    assert.equal(await Deno.readTextFile(`${stem}.stderr`), "stale\n");

    const b = await cli(["--root", dir, "interp/spin_limit", "basic/hello", "--bless"]);
    assert.equal(b.code, 0, b.stdout);
    assertHas(
      b.stdout,
      `bless: created ${stem}.stdout`,
      `bless: updated ${stem}.stderr`,
      "-stale",
      "bless: 1 interp-only case(s), 2 file(s) written",
    );
    assert.equal(await Deno.readTextFile(`${stem}.stdout`), good.stdout);
    assert.equal(await Deno.readTextFile(`${stem}.stderr`), good.stderr);
    assert.deepStrictEqual([...Deno.readDirSync(join(dir, "interp"))].filter((e) => e.name.includes(".tmp-")), []);
    const again = await cli(["--root", dir, "interp/spin_limit", "--bless"]);
    assertHas(again.stdout, "(blessed: unchanged)", "0 file(s) written");
  });
});

Deno.test("--bless refuses under CI and for schedule-dependent output; nothing is written", async () => {
  await withCopy(async (dir) => {
    const before = await Deno.readTextFile(join(dir, "nondet/race.blessed.stdout"));
    const ci = await cli(["--root", dir, "--bless"], { CI: "1" });
    assert.equal(ci.code, 2);
    assertHas(ci.stderr, "--bless refuses to run when CI is set");
    const nd = await cli(["--root", dir, "nondet/race", "interp/spin_limit", "--bless", "--seeds", "4"]);
    assert.equal(nd.code, 1);
    assertHas(nd.stdout, "bless: refused, nothing written", "nondet/race: non-deterministic: seed ");
    assert.equal(await Deno.readTextFile(join(dir, "nondet/race.blessed.stdout")), before);
  });
});

Deno.test("--quiet prints only failures and the summary", async () => {
  const r = await cli(["--root", ROOT, "basic/hello", "basic/broken", "--quiet"]);
  assert.equal(r.code, 1);
  assert.ok(!r.stdout.includes("ok    basic/hello"), r.stdout);
  assert.ok(!r.stdout.includes("elapsed"), r.stdout);
  assertHas(r.stdout, "FAIL basic/broken: mismatch:stdout");
  assert.equal(last(r), "conformance: 1 passed, 1 failed, 0 skipped");
});

Deno.test("--seeds K runs the default schedule plus K seeds; a case's //@ seeds: wins when larger", async () => {
  const json = await Deno.makeTempFile({ suffix: ".json" });
  try {
    const runs = async (seeds: string) => {
      await cli(["--root", ROOT, "basic/hello", "basic/exit3", "--seeds", seeds, "--json", json]);
      const cases = JSON.parse(await Deno.readTextFile(json)).cases;
      return cases.map((c: { schedulesRun: number; seedsRun: number }) => [c.schedulesRun, c.seedsRun]);
    };
    assert.deepStrictEqual(await runs("1"), [[4, 3], [2, 1]]);
    assert.deepStrictEqual(await runs("5"), [[6, 5], [6, 5]]);
    assert.deepStrictEqual(await runs("0"), [[4, 3], [1, 0]]);
  } finally {
    await Deno.remove(json);
  }
});

Deno.test("--json: per-case results, totals and failures; deterministic but for durations", async () => {
  await withCopy(async (dir) => {
    const args = [
      "--root",
      ROOT,
      "basic/hello",
      "basic/broken",
      "known/listed_fail",
      "slow/spin",
      "--max-steps",
      "50000",
    ];
    const a = await cli([...args, "--json", join(dir, "a.json")]);
    assert.equal(a.code, 1);
    await cli([...args, "--json", join(dir, "b.json"), "--jobs", "1"]);
    const read = async (f: string) => {
      const j = JSON.parse(await Deno.readTextFile(join(dir, f)));
      for (const c of j.cases) c.durationMs = 0;
      return j;
    };
    const j = await read("a.json");
    assert.deepStrictEqual(j, await read("b.json"));
    assert.equal(j.format, "fd-conformance-results/1");
    assert.equal(j.engine, "interp");
    assert.deepStrictEqual(j.options, {
      seeds: 8,
      maxSteps: 50000,
      timeoutSeconds: 60,
      shard: null,
      filters: ["basic/hello", "basic/broken", "known/listed_fail", "slow/spin"],
      knownFailures: `${ROOT}/known-failures.txt`,
      bless: false,
    });
    assert.deepStrictEqual(j.totals, {
      selected: 4,
      passed: 1,
      failed: 2,
      knownFailures: 1,
      skipped: 0,
      timeouts: 1,
      problems: 0,
    });
    assert.deepStrictEqual(j.cases.map((c: { id: string; status: string }) => [c.id, c.status]), [
      ["basic/broken", "failed"],
      ["basic/hello", "passed"],
      ["known/listed_fail", "known-failure"],
      ["slow/spin", "timeout"],
    ]);
    const [broken, hello, listed] = j.cases;
    assert.deepStrictEqual(hello.covers, ["println writes lines to stdout"]);
    assert.equal(hello.outcome, "exited");
    assert.equal(hello.schedulesRun, 9);
    assert.equal(hello.seedsRun, 8);
    assert.equal(hello.failingSeed, null);
    assert.equal(typeof hello.steps, "number");
    assert.ok(hello.totalSteps >= hello.steps * 9);
    assert.equal(hello.failure, null);
    assert.equal(broken.kind, "mismatch:stdout");
    assert.equal(broken.failingSeed, "default");
    assert.equal(broken.failure.schedule, "default schedule");
    assert.equal(broken.failure.seed, null);
    assert.equal(broken.failure.reproduce, `npx deno task run ${ROOT}/basic/broken.mir`);
    assert.equal(broken.failure.diffs[0].stream, "stdout");
    assertHas(broken.failure.diffs[0].diff, "-world 43\n+world 42");
    assert.equal(broken.failure.diffs[0].raw, null);
    assert.equal(listed.kind, "mismatch:stdout");
    assertHas(listed.note, "known failure");
  });
});

Deno.test("--junit: one testcase per case; failures name kind and seed; skipped and known failures are <skipped/>", async () => {
  await withCopy(async (dir) => {
    const file = join(dir, "junit.xml");
    await cli(["--root", ROOT, "basic/hello", "basic/broken", "known/listed_fail", "--junit", file]);
    const xml = await Deno.readTextFile(file);
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="fd-conformance \(interp\)" tests="3" failures="1" skipped="1"/,
    );
    assertHas(
      xml,
      '<testsuite name="basic" tests="2" failures="1" skipped="0"',
      '<testcase classname="conformance.basic" name="hello" time="',
      '<failure message="mismatch:stdout under the default schedule: stdout differs',
      'type="mismatch:stdout">',
      "-world 43\n",
      '<testsuite name="known" tests="1" failures="0" skipped="1"',
      '<skipped message="known failure: mismatch:stdout under the default schedule;',
    );
    assert.equal(xml.match(/<testcase /g)?.length, 3);
    const cmd = join(dir, "junit2.xml");
    await cli([
      "--root",
      ROOT,
      "basic/hello",
      "interp",
      "--engine",
      "sh scripts/testdata/fake_engine.sh",
      "--junit",
      cmd,
    ]);
    const xml2 = await Deno.readTextFile(cmd);
    assertHas(
      xml2,
      'name="fd-conformance (command: sh scripts/testdata/fake_engine.sh)"',
      '<skipped message="interp-only: step-limit"/>',
    );
    const h = join(dir, "junit3.xml");
    await cli(["--root", HYGIENE, "--junit", h]);
    assertHas(await Deno.readTextFile(h), '<testcase classname="conformance.corpus" name="hygiene"', "orphan.stdout");
  });
});

Deno.test("--engine CMD: placeholders, appended MIR path, stdin, skipped interp-only cases, timeouts", async () => {
  const fake = await cli(["--root", ROOT, "--engine", "sh scripts/testdata/fake_engine.sh"]);
  assert.equal(fake.code, 0, fake.stdout);
  assertHas(fake.stdout, "skip  interp/spin_limit (interp-only: step-limit)", "ok    basic/broken");
  assert.deepStrictEqual(fake.lines.slice(-2), ["known failures: 0", "conformance: 10 passed, 0 failed, 2 skipped"]);

  const mir = await cli(["--root", ROOT, "basic/hello", "--engine", "sh scripts/testdata/fake_engine.sh {mir}"]);
  assert.equal(mir.code, 0, mir.stdout);

  const ids = await cli(["--root", ROOT, "basic/hello", "--engine", "echo {case}; cat {rs} >&2"]);
  assert.equal(ids.code, 1);
  assertHas(
    ids.stdout,
    "+basic/hello",
    "+//@ covers: println writes lines to stdout",
    "reproduce: echo basic/hello; cat",
  );

  const stdin = await cli(["--root", ROOT, "basic/echo_stdin", "--engine", "cat # {case}"]);
  assert.equal(stdin.code, 1);
  assertHas(
    stdin.stdout,
    "-got 4 bytes: abc\n  +abc\n",
    `reproduce: cat # basic/echo_stdin < ${ROOT}/basic/echo_stdin.stdin`,
  );

  const t0 = performance.now();
  const slow = await cli(["--root", ROOT, "basic/hello", "--engine", "sleep 20 # {mir}", "--timeout", "0.5"]);
  assert.equal(slow.code, 1);
  assertHas(slow.stdout, "FAIL  basic/hello (timeout)", "killed after 0.5 s");
  assert.ok(performance.now() - t0 < 15_000);
});

const rustc = await rustcInfo().catch(() => ({ ok: false as const }));

Deno.test({
  name: "--engine native compiles and runs the cases (needs the pinned rustc)",
  ignore: !rustc.ok,
  fn: async () => {
    const r = await cli([
      "--root",
      ROOT,
      "basic/hello",
      "basic/panics",
      "basic/exit3",
      "basic/echo_stdin",
      "interp",
      "--engine",
      "native",
    ]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(last(r), "conformance: 4 passed, 0 failed, 1 skipped");
  },
});

const hasScript = await new Deno.Command("script", { args: ["--version"], stdout: "null", stderr: "null" }).output()
  .then((o) => o.success, () => false);

Deno.test({
  name: "on a terminal: a live status line (done/total, failures, elapsed) instead of per-case lines",
  ignore: !hasScript,
  fn: async () => {
    const cmd = `${Deno.execPath()} run -A scripts/conformance.ts --root ${ROOT} basic/hello basic/broken`;
    const out = await new Deno.Command("script", {
      args: ["-qec", cmd, "/dev/null"],
      cwd: REPO,
      env: { CI: "", NO_COLOR: "1" },
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    assertHas(
      text,
      "\r\x1b[K[2/2] 1 failed, 0:0",
      "\x1b[KFAIL  basic/broken (mismatch:stdout",
      "conformance: 1 passed, 1 failed",
    );
    assert.ok(!text.includes("ok    basic/hello"), text);
  },
});
