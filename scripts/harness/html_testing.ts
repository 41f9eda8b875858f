/** Helpers for the HTML report tests: the fixtures, and reading elements out of (dumped) HTML. */

import { fileURLToPath } from "node:url";
import { rowData, rowMatches } from "./html_client.js";
import { readResults, type ResultsJson } from "./results_json.ts";

/** The fixture directory: results of interp, native and an external engine, a baseline, sources. */
export const FIXTURES = fileURLToPath(new URL("../testdata/reports/", import.meta.url));
/** Corpus root of the fixtures' Rust sources. */
export const FIXTURE_ROOT = `${FIXTURES}corpus`;

/** The fixture runs: interp, native, `command: ./fdsim {mir}` (in that order), and the baseline. */
export async function fixtures(): Promise<{ runs: ResultsJson[]; baseline: ResultsJson }> {
  const runs = await Promise.all(["interp", "native", "engine"].map((n) => readResults(`${FIXTURES}${n}.json`)));
  return { runs, baseline: await readResults(`${FIXTURES}baseline_interp.json`) };
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** An element's start tag: its name and attributes (valueless attributes have value ""). */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the tag in the HTML. */
  at: number;
  getAttribute(name: string): string | null;
  has(name: string): boolean;
}

/** Every start tag named `name` in `html`. */
export function tags(html: string, name: string): Tag[] {
  const out: Tag[] = [];
  const re = new RegExp(`<${name}(\\s[^>]*)?>`, "gi");
  for (const m of html.matchAll(re)) {
    const attrs = new Map<string, string>();
    for (
      const a of (m[1] ?? "").matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)
    ) {
      attrs.set(a[1].toLowerCase(), unescape(a[2] ?? a[3] ?? a[4] ?? ""));
    }
    out.push({
      name,
      attrs,
      at: m.index!,
      getAttribute: (n) => attrs.get(n) ?? null,
      has: (n) => attrs.has(n),
    });
  }
  return out;
}

/** Matrix counts: `engine|area|status` → count, from `td[data-engine][data-area][data-status][data-count]`. */
export function matrixCounts(html: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tags(html, "td")) {
    const [e, a, s, c] = ["data-engine", "data-area", "data-status", "data-count"].map((k) => t.getAttribute(k));
    if (e !== null && a !== null && s !== null && c !== null) m.set(`${e}|${a}|${s}`, Number(c));
  }
  return m;
}

/** The case rows (`tr.case`) of a report. */
export function caseRows(html: string): Tag[] {
  return tags(html, "tr").filter((t) => (t.getAttribute("class") ?? "").split(/\s+/).includes("case"));
}

/** The text content of the element with id `id` (no nested tags expected). */
export function textOf(html: string, id: string): string | null {
  const m = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html);
  return m ? m[1] : null;
}

/** The ids of the rows the client-side filter of `search` (e.g. `?area=pipes`) keeps. */
export function filteredIds(html: string, search: string, engineIndex = -1): string[] {
  const engines = Number(/data-engines="(\d+)"/.exec(html)?.[1] ?? "1");
  const params = new URLSearchParams(search);
  const f = {
    q: params.get("q") ?? "",
    area: params.get("area") ?? "",
    status: params.get("status") ?? "",
    engine: params.get("engine") ?? "",
    sort: "",
    dir: "asc",
    open: [],
  };
  return caseRows(html).map((r) => rowData(r, engines)).filter((d) => rowMatches(d, f, engineIndex)).map((d) => d.id);
}
