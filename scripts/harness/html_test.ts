import assert from "node:assert/strict";
import { compareValues, formatQuery, parseQuery, rowMatches } from "./html_client.js";
import { findChromium } from "./chromium.ts";
import { escapeHtml, renderHtmlReport, writeHtmlReport } from "./html.ts";
import { caseRows, filteredIds, FIXTURE_ROOT, fixtures, matrixCounts, tags, textOf } from "./html_testing.ts";
import type { ResultsJson } from "./results_json.ts";

const EXT = "command: ./fdsim {mir}";

async function report(opts: { baseline?: boolean; runs?: ResultsJson[] } = {}): Promise<string> {
  const f = await fixtures();
  return renderHtmlReport(opts.runs ?? f.runs, {
    root: FIXTURE_ROOT,
    baseline: opts.baseline ? f.baseline : undefined,
    baselineName: "baseline_interp.json",
  })["index.html"];
}

Deno.test("html: the matrix counts areas × outcome per engine, with totals", async () => {
  const m = matrixCounts(await report());
  const expect: Record<string, Record<string, Record<string, number>>> = {
    interp: {
      epoll: { passed: 1, failed: 1, timeout: 1, total: 3 },
      eventfd: { passed: 2, unsupported: 1, total: 3 },
      pipes: { passed: 2, failed: 1, "known-failure": 1, total: 4 },
      "*": { passed: 5, failed: 2, "known-failure": 1, skipped: 0, timeout: 1, unsupported: 1, total: 10 },
    },
    native: {
      epoll: { passed: 2, skipped: 1, total: 3 },
      eventfd: { passed: 3, total: 3 },
      pipes: { passed: 4, total: 4 },
      "*": { passed: 9, failed: 0, skipped: 1, total: 10 },
    },
    [EXT]: {
      epoll: { passed: 2, skipped: 1, total: 3 },
      eventfd: { passed: 2, failed: 1, total: 3 },
      pipes: { passed: 2, failed: 1, timeout: 1, total: 4 },
      "*": { passed: 6, failed: 2, skipped: 1, timeout: 1, unsupported: 0, total: 10 },
    },
  };
  for (const [engine, areas] of Object.entries(expect)) {
    for (const [area, counts] of Object.entries(areas)) {
      for (const status of ["passed", "failed", "known-failure", "skipped", "timeout", "unsupported", "total"]) {
        assert.equal(m.get(`${engine}|${area}|${status}`), counts[status] ?? 0, `${engine} ${area} ${status}`);
      }
    }
  }
});

Deno.test("html: matrix counts link to the filtered case list, and the filter agrees with them", async () => {
  const html = await report();
  const links = tags(html, "a").map((a) => a.getAttribute("href") ?? "");
  assert.ok(links.includes(`?area=pipes&status=failed&engine=native#cases`) === false); // zero counts have no link
  assert.ok(links.includes(`?area=pipes&status=known-failure&engine=interp#cases`));
  for (const td of tags(html, "td").filter((t) => t.has("data-count") && t.getAttribute("data-status") !== "total")) {
    const engine = td.getAttribute("data-engine")!;
    const area = td.getAttribute("data-area")!;
    const index = ["interp", "native", EXT].indexOf(engine);
    const search = `?status=${td.getAttribute("data-status")}${area === "*" ? "" : `&area=${area}`}`;
    assert.equal(filteredIds(html, search, index).length, Number(td.getAttribute("data-count")), `${engine} ${search}`);
  }
});

Deno.test("html: differences between engines are listed at the top (skips left out)", async () => {
  const html = await report();
  const diffs = tags(html, "tr").filter((t) => t.getAttribute("class") === "diff").map((t) =>
    t.getAttribute("data-id")
  );
  assert.deepStrictEqual(diffs, [
    "epoll/edge_triggered",
    "epoll/wait_timeout",
    "eventfd/semaphore",
    "pipes/capacity_fill",
    "pipes/close_twice_ebadf",
    "pipes/dup2_gap",
  ]);
  assert.ok(html.indexOf('id="differences"') < html.indexOf('id="matrix"'));
  assert.ok(html.indexOf('id="differences"') < html.indexOf('id="cases-table"'));
  const semaphore = tags(html, "td").filter((t) =>
    t.at > html.indexOf('data-id="eventfd/semaphore"') && t.has("data-status") && !t.has("data-count")
  ).slice(0, 3).map((t) => `${t.getAttribute("data-engine")}=${t.getAttribute("data-status")}`);
  assert.deepStrictEqual(semaphore, ["interp=unsupported", "native=passed", `${EXT}=failed`]);
  // deadlock_crossed passed on interp and was skipped elsewhere: not a difference.
  assert.ok(!diffs.includes("epoll/deadlock_crossed"));
});

Deno.test("html: a single run has no differences section and no engine filter", async () => {
  const f = await fixtures();
  const html = await report({ runs: [f.runs[1]] });
  assert.ok(!html.includes('id="differences"'));
  assert.ok(!html.includes('id="filter-engine"'));
  assert.equal(matrixCounts(html).get("native|*|passed"), 9);
  assert.equal(textOf(html, "visible-count"), "10");
});

Deno.test("html: the case table has one row per case with per-engine status, schedules and duration", async () => {
  const html = await report();
  const rows = caseRows(html);
  assert.equal(rows.length, 10);
  assert.deepStrictEqual(rows.map((r) => r.getAttribute("data-id")), [
    "epoll/deadlock_crossed",
    "epoll/edge_triggered",
    "epoll/wait_timeout",
    "eventfd/counter_basic",
    "eventfd/nonblock_eagain",
    "eventfd/semaphore",
    "pipes/basic_write_read",
    "pipes/capacity_fill",
    "pipes/close_twice_ebadf",
    "pipes/dup2_gap",
  ]);
  const dup2 = rows.find((r) => r.getAttribute("data-id") === "pipes/dup2_gap")!;
  assert.equal(dup2.getAttribute("data-area"), "pipes");
  assert.equal(dup2.getAttribute("data-e0"), "failed failing not-passed");
  assert.equal(dup2.getAttribute("data-e1"), "passed");
  assert.equal(dup2.getAttribute("data-tokens"), "differs");
  assert.ok(dup2.getAttribute("data-search")!.includes("dup2 onto a high fd"));
  assert.equal(textOf(html, "visible-count"), "10");
  assert.equal(textOf(html, "total-count"), "10");
  for (const key of ["area", "name", "covers", "e0", "e1", "e2", "schedules", "duration"]) {
    assert.ok(html.includes(`data-key="${key}"`), key);
  }
  assert.ok(html.includes("4 / 1 / 1</td>"), "schedules per engine");
  assert.ok(html.includes("77 ms / 298 ms / 16 ms</td>"), "durations per engine");
});

Deno.test("html: failure panels embed the escaped Rust source, coloured diffs, seed and reproduce command", async () => {
  const html = await report();
  const panels = tags(html, "tr").filter((t) => t.getAttribute("class") === "detail");
  assert.deepStrictEqual(panels.map((p) => p.getAttribute("data-for")), [
    "epoll/edge_triggered",
    "epoll/wait_timeout",
    "eventfd/semaphore",
    "pipes/capacity_fill",
    "pipes/close_twice_ebadf",
    "pipes/dup2_gap",
  ]);
  assert.ok(panels.every((p) => p.has("hidden")), "panels start collapsed");
  const start = html.indexOf('data-for="pipes/dup2_gap" hidden');
  const panel = html.slice(start, html.indexOf("</tr>", start));
  assert.ok(panel.includes(`eprintln!(&quot;dup2 -&gt; {hi} &amp;&amp; next free &lt; {hi}&quot;);`), "escaped source");
  assert.ok(!panel.includes("next free < {hi}"));
  assert.ok(panel.includes(`<span class="del">-thread &#39;main&#39; ok</span>`));
  assert.ok(
    panel.includes(`<span class="add">+thread &#39;main&#39; panicked at src/main.rs:5:5: &lt;fd 101&gt;</span>`),
  );
  assert.ok(panel.includes(`<span class="hunk">@@ -1,2 +1,2 @@</span>`));
  assert.ok(panel.includes('data-stream="stderr"'));
  assert.ok(panel.includes(`<dd class="seed"><code>3</code></dd>`));
  assert.ok(panel.includes(`<code class="repro">npx deno task run conformance/pipes/dup2_gap.mir --seed 3</code>`));
  const cap = html.slice(html.indexOf('data-for="pipes/capacity_fill" hidden'));
  assert.ok(cap.includes("let chunk: Vec&lt;u8&gt; = vec![b&#39;x&#39;; 4096];"));
  assert.ok(cap.indexOf(`data-engine="interp"`) < cap.indexOf(`data-engine="${EXT}"`), "a section per failing engine");
  assert.ok(cap.includes("killed after 60 s"));
});

Deno.test("html: a missing source is reported, not fatal", async () => {
  const f = await fixtures();
  const html = renderHtmlReport(f.runs, { root: "/nonexistent" })["index.html"];
  assert.ok(html.includes("not found at report time"));
  const custom = renderHtmlReport(f.runs, { readSource: (c) => `// source of ${c.id} <x>` })["index.html"];
  assert.ok(custom.includes("// source of pipes/dup2_gap &lt;x&gt;"));
});

Deno.test("html: filter logic of the page script (URL query → visible rows)", async () => {
  const html = await report({ baseline: true });
  assert.deepStrictEqual(filteredIds(html, "?area=pipes"), [
    "pipes/basic_write_read",
    "pipes/capacity_fill",
    "pipes/close_twice_ebadf",
    "pipes/dup2_gap",
  ]);
  assert.deepStrictEqual(filteredIds(html, "?q=eventfd&status=failed"), ["eventfd/semaphore"]);
  assert.deepStrictEqual(filteredIds(html, "?status=failed", 0), ["epoll/edge_triggered", "pipes/dup2_gap"]);
  assert.deepStrictEqual(filteredIds(html, "?status=unsupported"), ["eventfd/semaphore"]);
  assert.deepStrictEqual(filteredIds(html, "?q=EBADF"), ["pipes/close_twice_ebadf"]);
  assert.deepStrictEqual(filteredIds(html, "?q=pipe%20capacity"), ["pipes/capacity_fill"]);
  assert.deepStrictEqual(filteredIds(html, "?q=EFD_SEMAPHORE"), ["eventfd/semaphore"], "searches messages/notes");
  assert.equal(filteredIds(html, "?status=differs").length, 6);
  assert.deepStrictEqual(filteredIds(html, "?status=regression"), ["epoll/wait_timeout", "pipes/dup2_gap"]);
  assert.deepStrictEqual(filteredIds(html, "?status=newly-passing"), ["eventfd/counter_basic"]);
  assert.deepStrictEqual(filteredIds(html, "?status=new"), ["epoll/edge_triggered"]);
  assert.deepStrictEqual(filteredIds(html, "?status=skipped&area=epoll", 1), ["epoll/deadlock_crossed"]);
  assert.deepStrictEqual(filteredIds(html, "?area=nope"), []);
});

Deno.test("html: query parsing and formatting round-trip; sort values compare numbers numerically", () => {
  const f = parseQuery("?q=%20eventfd%20&status=failed&area=pipes&engine=native&sort=duration&dir=desc&open=a/b,c/d");
  assert.deepStrictEqual(f, {
    q: "eventfd",
    area: "pipes",
    status: "failed",
    engine: "native",
    sort: "duration",
    dir: "desc",
    open: ["a/b", "c/d"],
  });
  assert.deepStrictEqual(parseQuery(formatQuery(f)), f);
  assert.equal(formatQuery(parseQuery("")), "");
  assert.equal(parseQuery("?dir=sideways").dir, "asc");
  assert.ok(compareValues("9", "10") < 0);
  assert.ok(compareValues("b", "a") > 0);
  assert.ok(compareValues("", "a") > 0, "empty last");
  const row = { id: "a/b", area: "a", search: "a/b covers", tokens: [], engines: [["passed"], ["failed"]] };
  assert.equal(rowMatches(row, { ...parseQuery("?status=failed") }, -1), true);
  assert.equal(rowMatches(row, { ...parseQuery("?status=failed") }, 0), false);
  assert.equal(rowMatches(row, { ...parseQuery("?status=failed") }, 1), true);
});

Deno.test("html: the baseline section lists regressions first, then newly passing", async () => {
  const html = await report({ baseline: true });
  const section = tags(html, "section").find((t) => t.getAttribute("id") === "baseline")!;
  assert.equal(section.getAttribute("data-regressions"), "2");
  assert.equal(section.getAttribute("data-newly-passing"), "1");
  assert.ok(html.includes("Compared with the baseline <code>baseline_interp.json</code>"));
  const reg = tags(html, "tr").filter((t) => t.getAttribute("class") === "regression").map((t) =>
    t.getAttribute("data-id")
  );
  assert.deepStrictEqual(reg, ["epoll/wait_timeout", "pipes/dup2_gap"]);
  const newly = tags(html, "tr").filter((t) => t.getAttribute("class") === "newly-passing");
  assert.deepStrictEqual(newly.map((t) => t.getAttribute("data-id")), ["eventfd/counter_basic"]);
  assert.ok(reg.length && html.indexOf('class="regression"') < html.indexOf('class="newly-passing"'));
  assert.ok(html.indexOf('id="baseline"') < html.indexOf('id="differences"'));
  assert.ok(html.includes("2 regressions ·"));
  assert.ok(!(await report()).includes('id="baseline"'), "no baseline section without a baseline");
});

Deno.test("html: the page is self-contained (no network at view time) and escapes engine names", async () => {
  const f = await fixtures();
  const odd: ResultsJson = { ...f.runs[1], engine: `command: x "y" <z> & 'w'` };
  const html = renderHtmlReport([f.runs[0], odd], { root: FIXTURE_ROOT })["index.html"];
  assert.ok(!/<link\b/i.test(html));
  assert.ok(!/\bsrc\s*=/i.test(html));
  assert.ok(!/https?:\/\//i.test(html));
  assert.ok(!/@import|url\(/i.test(html));
  assert.ok(html.includes('<script type="module">'));
  assert.equal(tags(html, "th").filter((t) => t.getAttribute("data-key") === "e1").length, 1);
  const counts = matrixCounts(html);
  assert.equal(counts.get(`command: x "y" <z> & 'w'|*|passed`), 9);
  assert.equal(escapeHtml(`<a href="x">&'</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
});

Deno.test("html: shards of one engine share a column; overlapping runs get their own", async () => {
  const f = await fixtures();
  const interp = f.runs[0];
  const half = (i: number): ResultsJson => ({
    ...interp,
    options: { ...interp.options, shard: `${i + 1}/2` },
    cases: interp.cases.filter((_, k) => k % 2 === i),
  });
  const merged = matrixCounts(renderHtmlReport([half(0), half(1)], { root: FIXTURE_ROOT })["index.html"]);
  assert.equal(merged.get("interp|*|total"), 10);
  assert.equal(merged.get("interp|*|passed"), 5);
  const twice = matrixCounts(renderHtmlReport([interp, interp], { root: FIXTURE_ROOT })["index.html"]);
  assert.equal(twice.get("interp|*|total"), 10);
  assert.equal(twice.get("interp (2)|*|total"), 10);
});

Deno.test("html: writeHtmlReport writes index.html into a new directory", async () => {
  const f = await fixtures();
  const dir = await Deno.makeTempDir();
  try {
    const index = await writeHtmlReport(`${dir}/a/b`, f.runs, { root: FIXTURE_ROOT });
    assert.equal(index, `${dir}/a/b/index.html`);
    assert.ok((await Deno.readTextFile(index)).startsWith("<!DOCTYPE html>"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("chromium: $CHROMIUM naming a missing file means not installed", () => {
  const old = Deno.env.get("CHROMIUM");
  try {
    Deno.env.set("CHROMIUM", "/nonexistent/chromium");
    assert.equal(findChromium(), null);
  } finally {
    if (old === undefined) Deno.env.delete("CHROMIUM");
    else Deno.env.set("CHROMIUM", old);
  }
});
