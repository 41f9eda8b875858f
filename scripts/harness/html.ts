/**
 * The HTML report: one self-contained `index.html` (inline CSS and script, no network at view
 * time) from one or more JSON results (`fd-conformance-results/1`), one column per engine.
 *
 * Contents, top to bottom: the runs; the baseline comparison (regressions first, then newly
 * passing, when a baseline is given); "Differences between engines" (cases whose status differs,
 * skips left out); the matrix of areas × outcome with counts and a coloured bar per area and engine;
 * the sortable, filterable table of cases with a panel per failing case (Rust source, diffs, seed,
 * reproducing command); hygiene problems.
 *
 * Stable hooks for tests: matrix cells `td[data-engine][data-area][data-status][data-count]`
 * (`data-area="*"` is the all-areas row, `data-status="total"` the total); case rows
 * `tr.case[data-id]` (see html_client.js for their data attributes); panels
 * `tr.detail[data-for]`; `#visible-count`, `#differences tr.diff[data-id]`,
 * `#baseline tr.regression[data-id]`, `#baseline tr.newly-passing[data-id]`.
 * Filters can be set from the URL query: `index.html?q=eventfd&status=failed&area=pipes&engine=native`.
 */

import { isAbsolute, join, relative } from "node:path";
import { type BaselineComparison, baselineVerdict, compareWithBaseline, runForBaseline } from "./baseline.ts";
import {
  allAreas,
  allCases,
  type CaseJson,
  CATEGORIES,
  CATEGORY_LABELS,
  type CategoryCounts,
  categoryOf,
  countCases,
  differingCases,
  type EngineColumn,
  engineColumns,
  isFailing,
  oneLineReason,
  type ResultsJson,
} from "./results_json.ts";

/** Options of the HTML report. */
export interface HtmlReportOptions {
  /** Page title (default `fd conformance report`). */
  title?: string;
  /** Corpus directory the cases' `.rs` sources are read from (default `conformance`). */
  root?: string;
  /** A baseline run to compare with (see baseline.ts): the run of its engine, else the first. */
  baseline?: ResultsJson;
  /** How to name the baseline in the page, e.g. its file name. */
  baselineName?: string;
  /** Reads a case's Rust source (default: `<root>/<area>/<name>.rs`); null when absent. */
  readSource?: (c: CaseJson) => string | null;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const esc = escapeHtml;

let clientScript: string | undefined;

/** The page script (html_client.js), read once. */
function client(): string {
  clientScript ??= Deno.readTextFileSync(new URL("./html_client.js", import.meta.url));
  return clientScript.replace(/<\/script/gi, "<\\/script");
}

const CSS = `
:root { --passed:#1a7f37; --failed:#cf222e; --known-failure:#bf8700; --skipped:#8c959f; --timeout:#8250df;
  --unsupported:#0969da; --missing:#d0d7de; --fg:#1f2328; --muted:#656d76; --line:#d0d7de; --bg2:#f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); margin: 0 auto; padding: 16px 24px 48px; max-width: 1600px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; } h4 { font-size: 14px; margin: 12px 0 4px; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
.muted { color: var(--muted); }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg2); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num a { color: inherit; text-decoration: none; } td.num a:hover { text-decoration: underline; }
td.zero { color: #afb8c1; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; white-space: nowrap; }
.b-passed { background: var(--passed); } .b-failed { background: var(--failed); } .b-known-failure { background: var(--known-failure); }
.b-skipped { background: var(--skipped); } .b-timeout { background: var(--timeout); } .b-unsupported { background: var(--unsupported); }
.b-missing { background: var(--missing); color: var(--fg); }
.c-passed { color: var(--passed); } .c-failed { color: var(--failed); } .c-known-failure { color: var(--known-failure); }
.c-skipped { color: var(--skipped); } .c-timeout { color: var(--timeout); } .c-unsupported { color: var(--unsupported); }
.bar { display: flex; width: 260px; height: 14px; border-radius: 3px; overflow: hidden; background: var(--missing); }
.bar span { display: block; height: 100%; }
.s-passed { background: var(--passed); } .s-failed { background: var(--failed); } .s-known-failure { background: var(--known-failure); }
.s-skipped { background: var(--skipped); } .s-timeout { background: var(--timeout); } .s-unsupported { background: var(--unsupported); }
.legend span.key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 12px; vertical-align: -1px; }
#matrix tr.first td { border-top: 2px solid var(--line); }
#matrix tr.total td { font-weight: 600; background: var(--bg2); }
#matrix td.area { font-weight: 600; }
.runs td, .runs th { font-size: 13px; }
.verdict { padding: 8px 12px; border-radius: 6px; font-weight: 600; margin: 8px 0; }
.verdict.bad { background: #ffebe9; color: var(--failed); border: 1px solid #ffcecb; }
.verdict.good { background: #dafbe1; color: var(--passed); border: 1px solid #aceebb; }
.filters { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 8px 0; position: sticky; top: 0;
  background: #fff; padding: 6px 0; z-index: 2; border-bottom: 1px solid var(--line); }
.filters input[type=search] { width: 260px; padding: 4px 8px; } .filters select, .filters button { padding: 3px 6px; }
#cases-table { width: 100%; }
#cases-table th[data-key] { cursor: pointer; user-select: none; }
#cases-table th[aria-sort=ascending]::after { content: " ▲"; font-size: 10px; }
#cases-table th[aria-sort=descending]::after { content: " ▼"; font-size: 10px; }
#cases-table td.covers { color: var(--muted); max-width: 420px; }
#cases-table td.num, #cases-table td.name { white-space: nowrap; }
#cases-table td.st small { display: block; color: var(--muted); font-size: 11.5px; }
tr.case.differs td.name::after { content: " ≠"; color: var(--failed); font-weight: 700; }
tr.case.regression td.name { box-shadow: inset 3px 0 0 var(--failed); }
button.toggle { border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; width: 24px; padding: 0; }
button.toggle[aria-expanded=true] { background: var(--bg2); transform: rotate(90deg); }
tr.detail > td { background: #fbfcfd; padding: 8px 16px 16px; }
.panel .engine { border-left: 3px solid var(--line); padding-left: 10px; margin: 10px 0; }
.panel .engine.st-failed { border-color: var(--failed); } .panel .engine.st-timeout { border-color: var(--timeout); }
.panel .engine.st-known-failure { border-color: var(--known-failure); } .panel .engine.st-unsupported { border-color: var(--unsupported); }
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
.panel dt { color: var(--muted); } .panel dd { margin: 0; }
code.repro { background: var(--bg2); padding: 2px 6px; border-radius: 4px; user-select: all; }
pre { background: var(--bg2); border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; overflow: auto; max-height: 480px; margin: 4px 0; }
pre.diff .add { color: #116329; background: #dafbe1; display: inline-block; width: 100%; }
pre.diff .del { color: #82071e; background: #ffebe9; display: inline-block; width: 100%; }
pre.diff .hunk { color: #0550ae; } pre.diff .hdr { color: var(--muted); }
pre.rs .ln { display: inline-block; width: 3.5em; color: #8c959f; user-select: none; text-align: right; padding-right: 1em; }
a { color: #0969da; }
`;

/** Status rank for sorting: failures first. */
const RANK: Record<string, number> = {
  failed: 0,
  timeout: 1,
  unsupported: 2,
  "known-failure": 3,
  skipped: 4,
  passed: 5,
  missing: 6,
};

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** `p` relative to the working directory when inside it. */
function shortPath(p: string): string {
  if (!isAbsolute(p)) return p;
  const rel = relative(Deno.cwd(), p);
  return rel.startsWith("..") || isAbsolute(rel) ? p : rel;
}

function pct(n: number, total: number): string {
  return total ? `${((100 * n) / total).toFixed(0)}%` : "0%";
}

/** Filter tokens of an engine's result for a case (see html_client.js). */
export function engineTokens(c: CaseJson | undefined): string[] {
  if (!c) return ["missing"];
  const t: string[] = [categoryOf(c)];
  if (isFailing(c.status)) t.push("failing");
  if (c.status !== "passed" && c.status !== "skipped") t.push("not-passed");
  return t;
}

function bar(n: CategoryCounts): string {
  const segs = CATEGORIES.filter((k) => n[k] > 0).map((k) =>
    `<span class="s-${k}" style="width:${((100 * n[k]) / n.total).toFixed(3)}%" title="${CATEGORY_LABELS[k]}: ${
      n[k]
    }"></span>`
  );
  const label = CATEGORIES.filter((k) => n[k] > 0).map((k) => `${n[k]} ${CATEGORY_LABELS[k]}`).join(", ") ||
    "no cases";
  return `<div class="bar" role="img" aria-label="${esc(label)}">${segs.join("")}</div>`;
}

function query(params: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return `?${p.toString()}#cases`;
}

function badge(c: CaseJson | undefined): string {
  if (!c) return `<span class="badge b-missing" title="not in this run">—</span>`;
  const cat = categoryOf(c);
  const title = c.status === cat ? c.status : `status ${c.status}, outcome ${c.outcome}`;
  return `<span class="badge b-${cat}" title="${esc(title)}">${esc(CATEGORY_LABELS[cat])}</span>`;
}

function statusDetail(c: CaseJson | undefined): string {
  if (!c) return "not run";
  if (c.status === "skipped") return c.note ?? "";
  const parts: string[] = [];
  if (c.kind === "unexpected-pass") parts.push("unexpected pass");
  else if (c.failure) {
    parts.push(c.failure.kind);
    if (c.failure.schedule && c.failure.schedule !== "single run") parts.push(c.failure.schedule);
  }
  if (c.outcome && c.outcome !== "exited" && !parts.includes(c.outcome)) parts.push(c.outcome);
  return parts.join(" · ");
}

function renderDiff(diff: string): string {
  const lines = diff.replace(/\n$/, "").split("\n").map((l) => {
    const cls = l.startsWith("+++") || l.startsWith("---")
      ? "hdr"
      : l.startsWith("@@")
      ? "hunk"
      : l.startsWith("+")
      ? "add"
      : l.startsWith("-")
      ? "del"
      : "";
    return cls ? `<span class="${cls}">${esc(l)}</span>` : esc(l);
  });
  return `<pre class="diff">${lines.join("\n")}</pre>`;
}

function renderSource(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return `<pre class="rs">${lines.map((l, i) => `<span class="ln">${i + 1}</span>${esc(l)}`).join("\n")}</pre>`;
}

/** Whether a case gets a failure panel: some engine has a failure, a note of a non-pass, or a non-pass. */
function hasPanel(cases: (CaseJson | undefined)[]): boolean {
  return cases.some((c) => c && c.status !== "passed" && c.status !== "skipped");
}

function renderPanel(
  base: CaseJson,
  cols: EngineColumn[],
  source: { path: string; text: string | null },
): string {
  const out: string[] = [`<div class="panel">`];
  cols.forEach((col) => {
    const c = col.byId.get(base.id);
    if (!c || c.status === "passed" || c.status === "skipped") return;
    const cat = categoryOf(c);
    const f = c.failure;
    out.push(`<div class="engine st-${cat}" data-engine="${esc(col.label)}">`);
    out.push(
      `<h4>${esc(col.label)}: ${badge(c)} ${esc(f ? f.kind : c.kind ?? c.status)}${
        f && f.schedule && f.schedule !== "single run" ? ` under the ${esc(f.schedule)}` : ""
      }</h4>`,
    );
    out.push("<dl>");
    if (f?.message) out.push(`<dt>message</dt><dd class="mono">${esc(f.message)}</dd>`);
    if (c.note) out.push(`<dt>note</dt><dd>${esc(c.note)}</dd>`);
    out.push(`<dt>outcome</dt><dd>${esc(f?.outcome || c.outcome || "—")}</dd>`);
    const seed = f?.seed ?? (typeof c.failingSeed === "number" ? c.failingSeed : null);
    const schedule = f?.schedule || (c.failingSeed === "default" ? "default schedule" : "");
    out.push(
      `<dt>seed</dt><dd class="seed">${
        seed !== null
          ? `<code>${seed}</code>${schedule && schedule !== `seed ${seed}` ? ` (${esc(schedule)})` : ""}`
          : esc(schedule || "—")
      }</dd>`,
    );
    out.push(`<dt>schedules run</dt><dd>${c.schedulesRun}${c.seedsRun ? ` (${c.seedsRun} seeded)` : ""}</dd>`);
    if (f?.reproduce) out.push(`<dt>reproduce</dt><dd><code class="repro">${esc(f.reproduce)}</code></dd>`);
    if (f?.filters.length) out.push(`<dt>filters fired</dt><dd>${esc(f.filters.join(", "))}</dd>`);
    out.push("</dl>");
    for (const d of f?.diffs ?? []) {
      out.push(`<div class="stream" data-stream="${esc(d.stream)}"><h4>${esc(d.stream)}</h4>${renderDiff(d.diff)}`);
      if (d.raw !== null) {
        out.push(
          `<div class="muted">raw ${esc(d.stream)} before normalisation (filters: ${
            esc(d.filters.join(", ") || "—")
          }):</div><pre class="raw">${esc(d.raw)}</pre>`,
        );
      }
      out.push(`</div>`);
    }
    out.push(`</div>`);
  });
  out.push(
    `<details class="source" open><summary>Source: <code>${esc(source.path)}</code></summary>${
      source.text === null ? `<p class="muted">not found at report time</p>` : renderSource(source.text)
    }</details>`,
  );
  out.push(`</div>`);
  return out.join("\n");
}

function renderRuns(cols: EngineColumn[]): string {
  const rows = cols.map((col) => {
    const r = col.run;
    const n = countCases(r.cases);
    const o = r.options;
    return `<tr data-engine="${esc(col.label)}"><td><b>${esc(col.label)}</b></td><td class="num">${n.total}</td>` +
      CATEGORIES.map((k) => `<td class="num c-${k}">${n[k]}</td>`).join("") +
      `<td class="num">${r.problems.length}</td><td class="mono">${
        esc(
          [
            o.seeds ? `seeds ${o.seeds}` : "",
            o.shard ? `shard ${o.shard}` : "",
            o.filters.length ? `filters ${o.filters.join(" ")}` : "",
            o.knownFailures ? `known failures ${o.knownFailures}` : "",
            o.bless ? "bless" : "",
          ].filter((s) => s).join(" · "),
        )
      }</td></tr>`;
  });
  return `<table class="runs" id="runs"><thead><tr><th>engine</th><th class="num">cases</th>${
    CATEGORIES.map((k) => `<th class="num">${CATEGORY_LABELS[k]}</th>`).join("")
  }<th class="num">hygiene problems</th><th>options</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function renderMatrix(cols: EngineColumn[], areas: string[]): string {
  const multi = cols.length > 1;
  const head = `<tr><th>area</th>${multi ? "<th>engine</th>" : ""}${
    CATEGORIES.map((k) => `<th class="num c-${k}">${CATEGORY_LABELS[k]}</th>`).join("")
  }<th class="num">total</th><th class="num">pass rate</th><th></th></tr>`;
  const rowsOf = (area: string, label: string, cls: string) =>
    cols.map((col, i) => {
      const cases = area === "*" ? col.run.cases : col.run.cases.filter((c) => c.area === area);
      const n = countCases(cases);
      const attrs = (status: string, count: number) =>
        `data-engine="${esc(col.label)}" data-area="${esc(area)}" data-status="${status}" data-count="${count}"`;
      const cells = CATEGORIES.map((k) => {
        const link = query({ area: area === "*" ? "" : area, status: k, engine: multi ? col.label : "" });
        return n[k]
          ? `<td class="num c-${k}" ${attrs(k, n[k])}><a href="${esc(link)}">${n[k]}</a></td>`
          : `<td class="num zero" ${attrs(k, 0)}>0</td>`;
      }).join("");
      const first = i === 0
        ? `<td class="area" rowspan="${cols.length}">${
          area === "*" ? esc(label) : `<a href="${esc(query({ area }))}">${esc(area)}</a>`
        }</td>`
        : "";
      return `<tr class="${cls}${i === 0 ? " first" : ""}" data-area="${esc(area)}" data-engine="${esc(col.label)}">` +
        `${first}${multi ? `<td>${esc(col.label)}</td>` : ""}${cells}<td class="num" ${
          attrs("total", n.total)
        }>${n.total}</td><td class="num">${pct(n.passed, n.total)}</td><td>${bar(n)}</td></tr>`;
    }).join("\n");
  const body = areas.map((a) => rowsOf(a, a, "area-row")).join("\n");
  const total = rowsOf("*", "all areas", "total");
  const legend = CATEGORIES.map((k) => `<span class="key s-${k}"></span>${CATEGORY_LABELS[k]}`).join("");
  return `<table id="matrix"><thead>${head}</thead><tbody>${body}</tbody><tfoot>${total}</tfoot></table>
<p class="legend muted">${legend}</p>
<p class="muted">Each case is in one column: passed, skipped and timeout by status; unsupported when the engine stopped on
something it does not support (failed or listed as a known failure); then known failure; failed is everything else
(mismatches, crashes, unexpected passes, …). Click a count to list those cases.</p>`;
}

function renderDifferences(cols: EngineColumn[], ids: string[]): string {
  if (cols.length < 2) return "";
  const head = `<tr><th>case</th>${cols.map((c) => `<th>${esc(c.label)}</th>`).join("")}</tr>`;
  const rows = ids.map((id) =>
    `<tr class="diff" data-id="${esc(id)}"><td><a href="#case-${esc(id)}">${esc(id)}</a></td>${
      cols.map((col) => {
        const c = col.byId.get(id);
        return `<td data-engine="${esc(col.label)}" data-status="${c ? categoryOf(c) : "missing"}">${badge(c)} <small>${
          esc(statusDetail(c))
        }</small></td>`;
      }).join("")
    }</tr>`
  );
  return `<section id="differences"><h2>Differences between engines <span class="muted">(${ids.length})</span></h2>
${
    ids.length
      ? `<table><thead>${head}</thead><tbody>${rows.join("\n")}</tbody></table>`
      : `<p class="muted">Every engine that ran a case gave it the same status.</p>`
  }
<p class="muted">Cases whose status differs between the engines that ran them; an engine that skipped a case (e.g.
interp-only cases on native engines) or did not run it is left out.</p></section>`;
}

function renderBaseline(
  cmp: BaselineComparison,
  current: EngineColumn,
  baseline: ResultsJson,
  name: string,
): string {
  const v = baselineVerdict(cmp);
  const list = (title: string, cls: string, ids: string[], reason: boolean, open: boolean) => {
    if (!ids.length) return "";
    const rows = ids.map((id) => {
      const c = current.byId.get(id);
      const b = baseline.cases.find((x) => x.id === id);
      return `<tr class="${cls}" data-id="${esc(id)}"><td><a href="#case-${esc(id)}">${esc(id)}</a></td><td>${
        badge(b)
      }</td><td>${badge(c)}</td>${reason ? `<td class="mono">${c ? esc(oneLineReason(c)) : ""}</td>` : ""}</tr>`;
    });
    return `<details class="${cls}-list"${open ? " open" : ""}><summary><b>${title}</b> (${ids.length})</summary>
<table><thead><tr><th>case</th><th>baseline</th><th>now</th>${reason ? "<th>reason</th>" : ""}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></details>`;
  };
  return `<section id="baseline" data-regressions="${cmp.regressions.length}" data-newly-passing="${cmp.newlyPassing.length}">
<h2>Baseline</h2>
<p>Compared with the baseline <code>${esc(name)}</code> (engine ${
    esc(baseline.engine)
  }, ${baseline.cases.length} cases);
current run: ${
    esc(current.label)
  } (${current.run.cases.length} cases). A regression is a case that passed in the baseline
and does not pass now; only regressions fail the gate.</p>
<div class="verdict ${v.ok ? "good" : "bad"}">${
    v.ok ? "No regressions" : `${cmp.regressions.length} regression${cmp.regressions.length === 1 ? "" : "s"}`
  } · ${cmp.newlyPassing.length} newly passing · ${cmp.stillFailing.length} still failing · ${cmp.newCases.length} new · ${cmp.removedCases.length} removed</div>
${list("Regressions", "regression", cmp.regressions, true, true)}
${list("Newly passing", "newly-passing", cmp.newlyPassing, false, true)}
${list("New cases", "new-case", cmp.newCases, true, false)}
${list("Still failing", "still-failing", cmp.stillFailing, true, false)}
${
    cmp.removedCases.length
      ? `<details class="removed-list"><summary><b>Removed cases</b> (${cmp.removedCases.length})</summary><p class="mono">${
        cmp.removedCases.map(esc).join("<br>")
      }</p></details>`
      : ""
  }
</section>`;
}

/**
 * Renders the report. Returns the files to write, by name: `index.html` (self-contained).
 * `runs` are parsed JSON results (the file's shape); runs of one engine with disjoint cases
 * (shards) share a column.
 */
export function renderHtmlReport(runs: readonly ResultsJson[], opts: HtmlReportOptions = {}): Record<string, string> {
  if (runs.length === 0) throw new Error("renderHtmlReport: no runs");
  const cols = engineColumns(runs);
  const cases = allCases(cols);
  const areas = allAreas(cols);
  const differing = differingCases(cols);
  const differs = new Set(differing);
  const root = opts.root ?? "conformance";
  const readSource = opts.readSource ?? ((c: CaseJson) => {
    try {
      return Deno.readTextFileSync(join(root, c.area, `${c.name}.rs`));
    } catch {
      return null;
    }
  });

  let cmp: BaselineComparison | undefined;
  let baseCol: EngineColumn | undefined;
  const rowTokens = new Map<string, string[]>();
  const addToken = (id: string, t: string) => rowTokens.set(id, [...(rowTokens.get(id) ?? []), t]);
  if (opts.baseline) {
    const current = runForBaseline(runs, opts.baseline);
    baseCol = cols.find((c) => c.run === current) ?? cols[0];
    cmp = compareWithBaseline(baseCol.run, opts.baseline);
    for (const id of cmp.regressions) addToken(id, "regression");
    for (const id of cmp.newlyPassing) addToken(id, "newly-passing");
    for (const id of cmp.stillFailing) addToken(id, "still-failing");
    for (const id of cmp.newCases) addToken(id, "new");
  }
  for (const id of differing) addToken(id, "differs");

  const ncols = 6 + cols.length;
  const caseRows = cases.map((base) => {
    const per = cols.map((col) => col.byId.get(base.id));
    const tokens = rowTokens.get(base.id) ?? [];
    const search = [
      base.id,
      ...base.covers,
      ...per.flatMap((c) => c ? [c.status, c.outcome, c.kind ?? "", c.note ?? "", c.failure?.message ?? ""] : []),
    ].join(" ").toLowerCase().replace(/\s+/g, " ");
    const engineAttrs = per.map((c, i) => ` data-e${i}="${engineTokens(c).join(" ")}"`).join("");
    const panel = hasPanel(per);
    const classes = ["case", ...(differs.has(base.id) ? ["differs"] : []), ...tokens.filter((t) => t === "regression")];
    const statusCells = per.map((c, i) =>
      `<td class="st" data-engine="${esc(cols[i].label)}" data-status="${c ? categoryOf(c) : "missing"}" data-sort="${
        RANK[c ? categoryOf(c) : "missing"]
      }">${badge(c)}<small>${esc(statusDetail(c))}</small></td>`
    ).join("");
    const ran = per.filter((c): c is CaseJson => c !== undefined);
    const multi = cols.length > 1;
    const sched = per.map((c) => c ? String(c.schedulesRun) : "—");
    const dur = per.map((c) => c ? formatMs(c.durationMs) : "—");
    const row =
      `<tr class="${classes.join(" ")}" id="case-${esc(base.id)}" data-id="${esc(base.id)}" data-area="${
        esc(base.area)
      }" data-search="${esc(search)}" data-tokens="${tokens.join(" ")}"${engineAttrs}>` +
      `<td>${
        panel
          ? `<button class="toggle" type="button" data-for="${
            esc(base.id)
          }" aria-expanded="false" title="details">▸</button>`
          : ""
      }</td>` +
      `<td class="area">${esc(base.area)}</td><td class="name mono">${esc(base.name)}</td>` +
      `<td class="covers">${base.covers.map(esc).join("<br>")}</td>${statusCells}` +
      `<td class="num" data-sort="${Math.max(0, ...ran.map((c) => c.schedulesRun))}"${
        multi ? ` title="${esc(cols.map((c, i) => `${c.label}: ${sched[i]}`).join(", "))}"` : ""
      }>${sched.join(" / ")}</td>` +
      `<td class="num" data-sort="${Math.max(0, ...ran.map((c) => c.durationMs))}"${
        multi ? ` title="${esc(cols.map((c, i) => `${c.label}: ${dur[i]}`).join(", "))}"` : ""
      }>${dur.join(" / ")}</td></tr>`;
    if (!panel) return row;
    const path = shortPath(join(root, base.area, `${base.name}.rs`));
    const detail = `<tr class="detail" data-for="${esc(base.id)}" hidden><td colspan="${ncols}">${
      renderPanel(base, cols, { path, text: readSource(base) })
    }</td></tr>`;
    return `${row}\n${detail}`;
  });

  const engineOptions = cols.map((c, i) => `<option value="${esc(c.label)}" data-index="${i}">${esc(c.label)}</option>`)
    .join("");
  const statusOptions = [
    ...CATEGORIES.map((k) => [k, CATEGORY_LABELS[k]]),
    ["failing", "failing (failed or timeout status)"],
    ["not-passed", "not passed nor skipped"],
    ...(cols.length > 1 ? [["differs", "differs between engines"], ["missing", "not run by an engine"]] : []),
    ...(cmp
      ? [["regression", "regression (vs baseline)"], ["newly-passing", "newly passing (vs baseline)"], [
        "still-failing",
        "still failing (vs baseline)",
      ], ["new", "new since the baseline"]]
      : []),
  ].map(([v, l]) => `<option value="${v}">${esc(l)}</option>`).join("");

  const title = opts.title ?? "fd conformance report";
  const problems = cols.filter((c) => c.run.problems.length);
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="muted">${cases.length} cases in ${areas.length} areas, ${cols.length} engine${
    cols.length === 1 ? "" : "s"
  }: ${cols.map((c) => `<b>${esc(c.label)}</b>`).join(", ")}${
    opts.baseline ? ` · baseline <code>${esc(opts.baselineName ?? opts.baseline.engine)}</code>` : ""
  }</p>
${renderRuns(cols)}
<noscript><p class="muted">Filtering, sorting and the failure panels need JavaScript (inline, no network).</p></noscript>
</header>
${cmp && baseCol ? renderBaseline(cmp, baseCol, opts.baseline!, opts.baselineName ?? opts.baseline!.engine) : ""}
${renderDifferences(cols, differing)}
<section id="matrix-section"><h2>Areas × outcome</h2>
${renderMatrix(cols, areas)}
</section>
<section id="cases"><h2>Cases</h2>
<div class="filters" role="search">
<input id="filter-q" type="search" placeholder="filter: id, covers, message…" aria-label="text filter">
<select id="filter-area" aria-label="area"><option value="">all areas</option>${
    areas.map((a) => `<option value="${esc(a)}">${esc(a)}</option>`).join("")
  }</select>
<select id="filter-status" aria-label="status"><option value="">any status</option>${statusOptions}</select>
${
    cols.length > 1
      ? `<select id="filter-engine" aria-label="engine the status filter applies to"><option value="">any engine</option>${engineOptions}</select>`
      : ""
  }
<button id="filter-reset" type="button">reset</button>
<button id="expand-all" type="button">expand failures</button>
<button id="collapse-all" type="button">collapse</button>
<span><b id="visible-count">${cases.length}</b> of <span id="total-count">${cases.length}</span> cases shown</span>
</div>
<table id="cases-table" data-engines="${cols.length}">
<thead><tr><th></th><th data-key="area" aria-sort="none" tabindex="0">area</th><th data-key="name" aria-sort="none" tabindex="0">case</th>` +
    `<th data-key="covers" aria-sort="none" tabindex="0">covers</th>${
      cols.map((c, i) => `<th data-key="e${i}" aria-sort="none" tabindex="0">${esc(c.label)}</th>`).join("")
    }<th class="num" data-key="schedules" aria-sort="none" tabindex="0">schedules</th><th class="num" data-key="duration" aria-sort="none" tabindex="0">duration</th></tr></thead>
<tbody>
${caseRows.join("\n")}
<tr id="no-match" hidden><td colspan="${ncols}" class="muted">No case matches the filter.</td></tr>
</tbody>
</table>
</section>
${
      problems.length
        ? `<section id="problems"><h2>Hygiene problems</h2>${
          problems.map((c) =>
            `<h3>${esc(c.label)} (${c.run.problems.length})</h3><pre>${c.run.problems.map(esc).join("\n")}</pre>`
          ).join("")
        }</section>`
        : ""
    }
<script type="module">
${client()}
</script>
</body>
</html>
`;
  return { "index.html": html };
}

/**
 * Writes the report into `dir` (created if needed); returns the path of `index.html`.
 */
export async function writeHtmlReport(
  dir: string,
  runs: readonly ResultsJson[],
  opts: HtmlReportOptions = {},
): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  const files = renderHtmlReport(runs, opts);
  for (const [name, text] of Object.entries(files)) await Deno.writeTextFile(join(dir, name), text);
  return join(dir, "index.html");
}
