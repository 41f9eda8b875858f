import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { baselineVerdict, compareWithBaseline, formatComparison, runForBaseline } from "./harness/baseline.ts";
import { FIXTURES, fixtures } from "./harness/html_testing.ts";
import { markdownSummary, mdInline } from "./harness/markdown.ts";
import { categoryOf, parseResults, ResultsError, type ResultsJson, validateResults } from "./harness/results_json.ts";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const EXT = "command: ./fdsim {mir}";

// ---- baseline ---------------------------------------------------------------------------------

Deno.test("baseline: regressions, newly passing, still failing, new and removed cases", async () => {
  const { runs, baseline } = await fixtures();
  const cmp = compareWithBaseline(runs[0], baseline);
  assert.deepStrictEqual(cmp, {
    regressions: ["epoll/wait_timeout", "pipes/dup2_gap"],
    newlyPassing: ["eventfd/counter_basic"],
    stillFailing: ["eventfd/semaphore", "pipes/capacity_fill"],
    newCases: ["epoll/edge_triggered"],
    removedCases: ["pipes/old_removed"],
  });
  const v = baselineVerdict(cmp);
  assert.equal(v.ok, false);
  assert.equal(v.exitCode, 1);
  assert.equal(v.summary, "baseline: 2 regressions, 1 newly passing, 2 still failing, 1 new case, 1 removed");
});

Deno.test("baseline: a failing new case is not a regression; identical runs pass the gate", async () => {
  const { runs } = await fixtures();
  const interp = runs[0];
  const same = compareWithBaseline(interp, interp);
  assert.deepStrictEqual(same.regressions, []);
  assert.deepStrictEqual(same.newCases, []);
  assert.deepStrictEqual(baselineVerdict(same), {
    ok: true,
    exitCode: 0,
    summary: "baseline: 0 regressions, 0 newly passing, 5 still failing, 0 new cases, 0 removed",
  });
  // Baseline without the failing cases: they are new, not regressions.
  const older: ResultsJson = { ...interp, cases: interp.cases.filter((c) => c.status === "passed") };
  const cmp = compareWithBaseline(interp, older);
  assert.deepStrictEqual(cmp.regressions, []);
  assert.equal(cmp.newCases.length, 5);
  assert.equal(baselineVerdict(cmp).exitCode, 0);
});

Deno.test("baseline: known failures and skips of a case that passed are regressions", async () => {
  const { runs } = await fixtures();
  const interp = runs[0];
  const allPassed: ResultsJson = {
    ...interp,
    cases: interp.cases.map((c) => ({ ...c, status: "passed", failure: null, kind: null })),
  };
  const now: ResultsJson = {
    ...interp,
    cases: interp.cases.map((c) => c.id === "eventfd/counter_basic" ? { ...c, status: "skipped" } : c),
  };
  const cmp = compareWithBaseline(now, allPassed);
  assert.deepStrictEqual(cmp.regressions, [
    "epoll/edge_triggered",
    "epoll/wait_timeout",
    "eventfd/counter_basic",
    "eventfd/semaphore",
    "pipes/capacity_fill",
    "pipes/dup2_gap",
  ]);
});

Deno.test("baseline: the run compared is the one of the baseline's engine, shards merged", async () => {
  const { runs, baseline } = await fixtures();
  assert.equal(runForBaseline([runs[1], runs[2], runs[0]], baseline).engine, "interp");
  assert.equal(runForBaseline([runs[1], runs[2]], baseline).engine, "native");
  const interp = runs[0];
  const shard = (i: number): ResultsJson => ({ ...interp, cases: interp.cases.filter((_, k) => k % 2 === i) });
  assert.equal(runForBaseline([runs[1], shard(0), shard(1)], baseline).cases.length, 10);
  const text = formatComparison(interp, baseline, compareWithBaseline(interp, baseline));
  assert.match(text, /^baseline: 2 regressions, 1 newly passing/);
  assert.ok(text.indexOf("regressions (passed in the baseline, not now):") < text.indexOf("newly passing:"));
  assert.match(text, /\n {2}pipes\/dup2_gap: mismatch:stderr under the seed 3: stderr differs/);
  assert.match(text, /new cases not passing \(not regressions\):\n {2}epoll\/edge_triggered/);
});

// ---- results files ----------------------------------------------------------------------------

Deno.test("results: validation names the file and the problem", async () => {
  const { runs } = await fixtures();
  assert.throws(
    () => parseResults("{", "a.json"),
    (e: Error) => e instanceof ResultsError && /^a\.json: invalid JSON/.test(e.message),
  );
  assert.throws(
    () => parseResults("[]", "a.json"),
    /a\.json: not fd-conformance-results\/1 results: not a JSON object/,
  );
  assert.throws(() => validateResults({ ...runs[0], format: "x/2" }, "b.json"), /`format` is "x\/2"/);
  assert.throws(
    () => validateResults({ ...runs[0], cases: [{ id: "a/b", status: "weird" }] }),
    /unknown status "weird"/,
  );
  assert.throws(() => validateResults({ ...runs[0], cases: [runs[0].cases[0], runs[0].cases[0]] }), /listed twice/);
  const minimal = validateResults({
    format: "fd-conformance-results/1",
    engine: "e",
    cases: [{ id: "a/b", status: "failed", outcome: "unsupported" }],
  });
  assert.equal(minimal.cases[0].area, "a");
  assert.equal(minimal.cases[0].name, "b");
  assert.equal(categoryOf(minimal.cases[0]), "unsupported");
  assert.equal(minimal.totals.failed, 1);
});

// ---- markdown ---------------------------------------------------------------------------------

Deno.test("markdown: totals, per-area table, differences and failing cases", async () => {
  const { runs } = await fixtures();
  const md = markdownSummary(runs);
  assert.match(md, /^## fd conformance results\n/);
  assert.ok(md.includes("| ❌ interp | 10 | 5 | 2 | 1 | 0 | 1 | 1 | 0 |"), md);
  assert.ok(md.includes("| ✅ native | 10 | 9 | 0 | 0 | 1 | 0 | 0 | 0 |"));
  assert.ok(md.includes(`| ❌ ${EXT} | 10 | 6 | 2 | 0 | 1 | 1 | 0 | 0 |`));
  assert.ok(md.includes(`| area | interp | native | ${EXT} |`));
  assert.ok(
    md.includes("| pipes | 2/4 passed · 1 failed · 1 known failure | 4/4 passed | 2/4 passed · 1 failed · 1 timeout |"),
  );
  assert.ok(md.includes("### Differences between engines (6)"));
  assert.ok(md.includes("| `eventfd/semaphore` | **unsupported** | passed | **failed** (mismatch:exit) |"));
  assert.ok(md.includes("### Failing cases (6)"));
  assert.ok(
    md.includes(
      "- **interp** `pipes/dup2_gap` — mismatch:stderr under the seed 3: stderr differs from the recording under seed 3",
    ),
  );
  assert.ok(md.includes(`- **${EXT}** \`pipes/capacity_fill\` — timeout: killed after 60 s`));
  assert.ok(!md.includes("Baseline"), "no baseline section without a baseline");
  assert.ok(!md.includes("pipes/basic_write_read"), "passing cases are not listed");
});

Deno.test("markdown: a single engine gets a full per-area table; the failing list is capped", async () => {
  const { runs } = await fixtures();
  const md = markdownSummary([runs[0]], { maxFailures: 2 });
  assert.ok(md.includes("| area | passed | failed | known failure | skipped | timeout | unsupported | total |"));
  assert.ok(md.includes("| eventfd | 2 | 0 | 0 | 0 | 0 | 1 | 3 |"));
  assert.ok(!md.includes("Differences between engines"));
  assert.ok(md.includes("### Failing cases (first 2 of 3)"));
  assert.ok(
    md.includes("- `epoll/edge_triggered` — mismatch:exit under the default schedule: exit status 3, expected 0"),
  );
  assert.ok(md.includes("- … and 1 more"));
  assert.ok(markdownSummary([runs[1]]).includes("No failing cases."));
});

Deno.test("markdown: with a baseline, says so and lists regressions first, then newly passing", async () => {
  const { runs, baseline } = await fixtures();
  const md = markdownSummary(runs, { baseline, baselineName: "main.json" });
  assert.ok(md.includes("### Baseline"));
  assert.ok(
    md.includes("Compared with the baseline `main.json` (engine interp, 10 cases); current run: interp (10 cases)."),
  );
  assert.ok(md.includes("❌ **2 regressions** (passed in the baseline, not now). 1 newly passing, 2 still failing"));
  const reg = md.indexOf("**Regressions:**");
  const newly = md.indexOf("**Newly passing:**");
  assert.ok(reg > 0 && newly > reg && md.indexOf("### Baseline") < md.indexOf("### Per area"));
  assert.ok(md.includes("- `epoll/wait_timeout` — timeout under the seed 5"));
  assert.ok(md.includes("**Newly passing:**\n\n- `eventfd/counter_basic`\n"));
  assert.ok(md.includes("**New cases not passing** (not regressions):\n\n- `epoll/edge_triggered` —"));
  const ok = markdownSummary([runs[0]], { baseline: runs[0], baselineName: "same.json" });
  assert.ok(ok.includes("✅ **No regressions.**"));
});

Deno.test("markdown: text is escaped for GitHub, code spans kept", () => {
  assert.equal(mdInline("a <fd 101> *b* `x <y>` c_d"), "a &lt;fd 101&gt; \\*b\\* `x <y>` c\\_d");
  assert.equal(mdInline("odd ` tick\nnew line"), "odd \\` tick new line");
});

// ---- the command ------------------------------------------------------------------------------

async function report(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "scripts/report.ts", ...args],
    cwd: REPO,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

const F = (name: string) => `${FIXTURES}${name}`;

Deno.test("report: --help, usage errors and bad files exit 2 without a stack trace", async () => {
  const help = await report("--help");
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: deno task report RESULTS\.json/);
  for (const args of [["--bogus", F("interp.json")], [], ["--max-failures", "x", F("interp.json")], ["-x"]]) {
    const r = await report(...args);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.stderr, /^error: .*\n\nusage: deno task report/);
    assert.ok(!r.stderr.includes("    at "), "no stack trace");
  }
  const missing = await report(F("nope.json"));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^error: cannot read .*nope\.json: /);
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/bad.json`, "{not json");
    const bad = await report(`${dir}/bad.json`);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^error: .*bad\.json: invalid JSON/);
    await Deno.writeTextFile(`${dir}/other.json`, JSON.stringify({ format: "junit" }));
    const other = await report(F("interp.json"), "--baseline", `${dir}/other.json`);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /^error: .*other\.json: not fd-conformance-results\/1 results/);
    assert.ok(!other.stderr.includes("    at "));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("report: writes the HTML and Markdown; --baseline exits 1 on regressions, 0 otherwise", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const r = await report(
      F("interp.json"),
      F("native.json"),
      F("engine.json"),
      "--html",
      `${dir}/html`,
      "--markdown",
      `${dir}/summary.md`,
      "--root",
      F("corpus"),
      "--baseline",
      F("baseline_interp.json"),
    );
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^interp: 10 cases, 5 passed, 2 failed, 1 known failure, 1 timeout, 1 unsupported$/m);
    assert.match(r.stdout, /^native: 10 cases, 9 passed, 1 skipped$/m);
    assert.match(r.stdout, /^baseline: 2 regressions, 1 newly passing, 2 still failing, 1 new case, 1 removed/m);
    assert.match(
      r.stdout,
      /regressions \(passed in the baseline, not now\):\n {2}epoll\/wait_timeout: .*\n {2}pipes\/dup2_gap: /,
    );
    assert.match(r.stdout, /newly passing:\n {2}eventfd\/counter_basic\n/);
    const html = await Deno.readTextFile(`${dir}/html/index.html`);
    assert.ok(html.includes('id="baseline" data-regressions="2"'));
    assert.ok(html.includes("let chunk: Vec&lt;u8&gt;"), "sources read from --root");
    const md = await Deno.readTextFile(`${dir}/summary.md`);
    assert.ok(md.includes("### Baseline") && md.includes("**Regressions:**"));

    const ok = await report(F("native.json"), "--baseline", F("native.json"));
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^baseline: 0 regressions/m);

    const plain = await report(F("interp.json"), "--markdown", "-");
    assert.equal(plain.code, 0, "failures without --baseline do not fail the command");
    assert.match(plain.stdout, /^## fd conformance results\n/, "--markdown - writes only Markdown to stdout");
    assert.match(plain.stderr, /^interp: 10 cases/m);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("report: an unwritable output is an error, not a crash", async () => {
  const r = await report(F("interp.json"), "--markdown", "/nonexistent/dir/summary.md");
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^error: cannot write the report: /m);
});
