// @ts-check
/// <reference lib="dom" />
/**
 * The script of the HTML report (html.ts inlines this file into index.html as a module script):
 * filtering (text, area, status, engine; also from the URL query `?q=…&area=…&status=…&engine=…`),
 * sorting by clicking column headers (`?sort=KEY&dir=asc|desc`), and the failure panels
 * (`?open=ID,ID`, or `#case-ID`). The pure functions are exported for the tests (html_test.ts);
 * `init` runs only in a browser.
 *
 * Rows of the case table are `tr.case` with:
 *   data-id, data-area, data-search (lower-case text searched by `q`),
 *   data-tokens (row tokens: differs, regression, newly-passing, still-failing, new),
 *   data-e0, data-e1, … (per engine: its matrix column, plus `failing` for failed/timeout,
 *   `not-passed` for anything but passed/skipped, `missing` when the engine did not run the case).
 * A case's failure panel is the next row, `tr.detail[data-for=ID]`.
 */

/**
 * @typedef {{ q: string, area: string, status: string, engine: string, sort: string, dir: string, open: string[] }} Filter
 * @typedef {{ id: string, area: string, search: string, tokens: string[], engines: string[][] }} RowData
 */

/**
 * The filter state of a URL query string (`?q=…&area=…&status=…&engine=…&sort=…&dir=…&open=…`).
 * @param {string} search
 * @returns {Filter}
 */
export function parseQuery(search) {
  const p = new URLSearchParams(search);
  const get = (/** @type {string} */ k) => (p.get(k) ?? "").trim();
  const dir = get("dir") === "desc" ? "desc" : "asc";
  const open = get("open").split(",").map((s) => s.trim()).filter((s) => s !== "");
  return { q: get("q"), area: get("area"), status: get("status"), engine: get("engine"), sort: get("sort"), dir, open };
}

/**
 * The query string of a filter state (empty values left out), e.g. `?q=eventfd&status=failed`.
 * @param {Filter} f
 * @returns {string}
 */
export function formatQuery(f) {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.area) p.set("area", f.area);
  if (f.status) p.set("status", f.status);
  if (f.engine) p.set("engine", f.engine);
  if (f.sort) {
    p.set("sort", f.sort);
    if (f.dir === "desc") p.set("dir", "desc");
  }
  if (f.open.length) p.set("open", f.open.join(","));
  const s = p.toString();
  return s ? `?${s}` : "";
}

/**
 * Whether a row passes the filter. `q`: every word occurs in the row's text (case-insensitive).
 * `area`: exact. `status`: a token of the row, or of an engine's result (only of the engine at
 * `engineIndex` when one is chosen; -1 for any engine).
 * @param {RowData} row
 * @param {Filter} f
 * @param {number} engineIndex
 * @returns {boolean}
 */
export function rowMatches(row, f, engineIndex) {
  if (f.area && row.area !== f.area) return false;
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter((w) => w !== "");
    if (!words.every((w) => row.search.includes(w))) return false;
  }
  if (f.status) {
    if (row.tokens.includes(f.status)) return true;
    const engines = engineIndex >= 0 ? [row.engines[engineIndex] ?? []] : row.engines;
    return engines.some((t) => t.includes(f.status));
  }
  return true;
}

/**
 * The filter data of a row element (or of anything with `getAttribute`).
 * @param {{ getAttribute(name: string): string | null }} el
 * @param {number} engineCount
 * @returns {RowData}
 */
export function rowData(el, engineCount) {
  const words = (/** @type {string | null} */ s) => (s ?? "").split(/\s+/).filter((w) => w !== "");
  const engines = [];
  for (let i = 0; i < engineCount; i++) engines.push(words(el.getAttribute(`data-e${i}`)));
  return {
    id: el.getAttribute("data-id") ?? "",
    area: el.getAttribute("data-area") ?? "",
    search: (el.getAttribute("data-search") ?? "").toLowerCase(),
    tokens: words(el.getAttribute("data-tokens")),
    engines,
  };
}

/**
 * Compares two sort values: numbers numerically, else text; empty last.
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function compareValues(a, b) {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const x = Number(a), y = Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : 1;
}

/**
 * Wires the page: filters, sorting and panels. Runs once the document is parsed.
 * @param {Document} doc
 */
function init(doc) {
  const table = /** @type {HTMLTableElement | null} */ (doc.getElementById("cases-table"));
  if (!table) return;
  const tbody = table.tBodies[0];
  const engineCount = Number(table.getAttribute("data-engines") ?? "1");
  const qInput = /** @type {HTMLInputElement} */ (doc.getElementById("filter-q"));
  const areaSel = /** @type {HTMLSelectElement} */ (doc.getElementById("filter-area"));
  const statusSel = /** @type {HTMLSelectElement} */ (doc.getElementById("filter-status"));
  const engineSel = /** @type {HTMLSelectElement | null} */ (doc.getElementById("filter-engine"));
  const count = doc.getElementById("visible-count");
  const noMatch = doc.getElementById("no-match");
  /** @type {HTMLTableRowElement[]} */
  const rows = Array.from(tbody.querySelectorAll("tr.case"));
  /** @type {Map<string, HTMLTableRowElement>} */
  const details = new Map();
  for (const d of Array.from(tbody.querySelectorAll("tr.detail"))) {
    details.set(d.getAttribute("data-for") ?? "", /** @type {HTMLTableRowElement} */ (d));
  }
  const data = new Map(rows.map((r) => [r, rowData(r, engineCount)]));
  const initial = parseQuery(location.search);
  /** @type {Set<string>} */
  const open = new Set(initial.open);
  let sort = { key: initial.sort, dir: initial.dir };

  /** @param {HTMLSelectElement | null} sel @param {string} v */
  const setSelect = (sel, v) => {
    if (!sel) return;
    if (v && !Array.from(sel.options).some((o) => o.value === v)) {
      const o = doc.createElement("option");
      o.value = v;
      o.textContent = `${v} (no such value)`;
      sel.appendChild(o);
    }
    sel.value = v;
  };
  qInput.value = initial.q;
  setSelect(areaSel, initial.area);
  setSelect(statusSel, initial.status);
  setSelect(engineSel, initial.engine);

  /** @returns {Filter} */
  const state = () => ({
    q: qInput.value.trim(),
    area: areaSel.value,
    status: statusSel.value,
    engine: engineSel ? engineSel.value : "",
    sort: sort.key,
    dir: sort.dir,
    open: Array.from(open),
  });
  const engineIndex = () => {
    if (!engineSel || !engineSel.value) return -1;
    const o = engineSel.selectedOptions[0];
    return o ? Number(o.getAttribute("data-index") ?? "-1") : -1;
  };

  const apply = () => {
    const f = state();
    const ei = engineIndex();
    let visible = 0;
    for (const r of rows) {
      const d = /** @type {RowData} */ (data.get(r));
      const show = rowMatches(d, f, ei);
      r.hidden = !show;
      if (show) visible++;
      const det = details.get(d.id);
      if (det) det.hidden = !(show && open.has(d.id));
      const btn = r.querySelector("button.toggle");
      if (btn) btn.setAttribute("aria-expanded", String(open.has(d.id)));
    }
    if (count) count.textContent = String(visible);
    if (noMatch) noMatch.hidden = visible !== 0;
    doc.body.setAttribute("data-filtered", "true");
    doc.body.setAttribute("data-query", formatQuery(f));
    try {
      history.replaceState(null, "", formatQuery(f) + location.hash);
    } catch {
      // file: URLs may refuse; the filter still applies.
    }
  };

  const applySort = () => {
    const ths = Array.from(table.tHead?.querySelectorAll("th[data-key]") ?? []);
    for (const th of ths) {
      const k = th.getAttribute("data-key");
      th.setAttribute("aria-sort", k === sort.key ? (sort.dir === "desc" ? "descending" : "ascending") : "none");
    }
    const th = ths.find((x) => x.getAttribute("data-key") === sort.key);
    const col = th ? /** @type {HTMLTableCellElement} */ (th).cellIndex : -1;
    const sign = sort.dir === "desc" ? -1 : 1;
    const keyOf = (/** @type {HTMLTableRowElement} */ r) => {
      if (col < 0) return "";
      const cell = /** @type {HTMLElement | undefined} */ (r.cells[col]);
      return cell ? (cell.getAttribute("data-sort") ?? cell.textContent ?? "").trim() : "";
    };
    const order = rows.map((r, i) => ({ r, i, k: keyOf(r) }));
    if (col >= 0) order.sort((a, b) => sign * compareValues(a.k, b.k) || a.i - b.i);
    for (const { r } of order) {
      tbody.appendChild(r);
      const det = details.get(r.getAttribute("data-id") ?? "");
      if (det) tbody.appendChild(det);
    }
    if (noMatch) tbody.appendChild(noMatch);
  };

  /** @param {string} id */
  const toggle = (id) => {
    if (open.has(id)) open.delete(id);
    else open.add(id);
    apply();
  };

  /** Shows a case (clearing filters that hide it) with its panel open. @param {string} id */
  const reveal = (id) => {
    const r = rows.find((x) => x.getAttribute("data-id") === id);
    if (!r) return;
    if (r.hidden) {
      qInput.value = "";
      areaSel.value = "";
      statusSel.value = "";
      if (engineSel) engineSel.value = "";
    }
    if (details.has(id)) open.add(id);
    apply();
    r.scrollIntoView({ block: "start" });
  };

  qInput.addEventListener("input", apply);
  for (const s of [areaSel, statusSel, engineSel]) s?.addEventListener("change", apply);
  doc.getElementById("filter-reset")?.addEventListener("click", () => {
    qInput.value = "";
    areaSel.value = "";
    statusSel.value = "";
    if (engineSel) engineSel.value = "";
    apply();
  });
  doc.getElementById("expand-all")?.addEventListener("click", () => {
    for (const r of rows) {
      const id = r.getAttribute("data-id") ?? "";
      if (!r.hidden && details.has(id)) open.add(id);
    }
    apply();
  });
  doc.getElementById("collapse-all")?.addEventListener("click", () => {
    open.clear();
    apply();
  });
  tbody.addEventListener("click", (ev) => {
    const t = /** @type {Element} */ (ev.target);
    const btn = t.closest("button.toggle");
    if (btn) toggle(btn.getAttribute("data-for") ?? "");
  });
  for (const th of Array.from(table.tHead?.querySelectorAll("th[data-key]") ?? [])) {
    const onSort = () => {
      const k = th.getAttribute("data-key") ?? "";
      sort = { key: k, dir: sort.key === k && sort.dir === "asc" ? "desc" : "asc" };
      applySort();
      apply();
    };
    th.addEventListener("click", onSort);
    th.addEventListener("keydown", (ev) => {
      const k = /** @type {KeyboardEvent} */ (ev).key;
      if (k === "Enter" || k === " ") {
        ev.preventDefault();
        onSort();
      }
    });
  }
  const fromHash = () => {
    const h = decodeURIComponent(location.hash.slice(1));
    if (h.startsWith("case-")) reveal(h.slice(5));
  };
  addEventListener("hashchange", fromHash);
  if (sort.key) applySort();
  apply();
  fromHash();
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => init(document));
  else init(document);
}
