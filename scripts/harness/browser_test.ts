/**
 * The HTML report in a real headless Chromium: the DOM after the page's script ran, for filters
 * set from the URL query. Skipped (visibly) when Chromium is not installed.
 */

import assert from "node:assert/strict";
import { dumpDom, fileUrl, findChromium } from "./chromium.ts";
import { writeHtmlReport } from "./html.ts";
import { caseRows, FIXTURE_ROOT, fixtures, matrixCounts, tags, textOf } from "./html_testing.ts";

const chromium = findChromium();

if (!chromium) {
  // Ignored only on machines without Chromium (CI images may lack it); the name says why and how
  // to install it, so the skip shows in every test report.
  Deno.test({
    ignore: true,
    name: "browser: the HTML report in headless Chromium (skipped: chromium not installed; apt-get install chromium)",
    fn() {},
  });
} else {
  Deno.test({
    name: "browser: the HTML report in headless Chromium (matrix, filters and sorting from the URL query)",
    sanitizeResources: false,
    sanitizeOps: false,
    async fn(t) {
      const { runs, baseline } = await fixtures();
      const dir = await Deno.makeTempDir({ prefix: "fdc-browser-test-" });
      try {
        const index = await writeHtmlReport(dir, runs, {
          root: FIXTURE_ROOT,
          baseline,
          baselineName: "baseline_interp.json",
        });
        const dom = (query: string) => dumpDom(fileUrl(index, query), { chromium });
        /** Ids of the case rows without `hidden`, in document order. */
        const visible = (html: string) =>
          caseRows(html).filter((r) => !r.has("hidden")).map((r) => r.getAttribute("data-id"));

        await t.step("no query: the script ran, the matrix renders, every row is visible", async () => {
          const html = await dom("");
          assert.equal(tags(html, "body")[0].getAttribute("data-filtered"), "true", "the page script ran");
          const m = matrixCounts(html);
          assert.equal(m.get("interp|pipes|passed"), 2);
          assert.equal(m.get("interp|pipes|known-failure"), 1);
          assert.equal(m.get("interp|eventfd|unsupported"), 1);
          assert.equal(m.get("native|*|passed"), 9);
          assert.equal(m.get("command: ./fdsim {mir}|pipes|timeout"), 1);
          assert.equal(visible(html).length, 10);
          assert.equal(textOf(html, "visible-count"), "10");
          assert.equal(tags(html, "tr").filter((r) => r.getAttribute("class") === "diff").length, 6);
        });

        await t.step("?area=pipes leaves only the pipes rows", async () => {
          const html = await dom("?area=pipes");
          assert.deepStrictEqual(visible(html), [
            "pipes/basic_write_read",
            "pipes/capacity_fill",
            "pipes/close_twice_ebadf",
            "pipes/dup2_gap",
          ]);
          assert.ok(
            caseRows(html).filter((r) => r.getAttribute("data-area") !== "pipes").every((r) => r.has("hidden")),
          );
          assert.equal(textOf(html, "visible-count"), "4");
          assert.equal(tags(html, "body")[0].getAttribute("data-query"), "?area=pipes", "the filter the page applied");
        });

        await t.step("?q=eventfd&status=failed combines text and status", async () => {
          const html = await dom("?q=eventfd&status=failed");
          assert.deepStrictEqual(visible(html), ["eventfd/semaphore"]);
          assert.equal(textOf(html, "visible-count"), "1");
        });

        await t.step("?status=failed&engine=interp applies the status to one engine", async () => {
          const html = await dom("?status=failed&engine=interp");
          assert.deepStrictEqual(visible(html), ["epoll/edge_triggered", "pipes/dup2_gap"]);
        });

        await t.step("?status=regression lists the regressions against the baseline", async () => {
          const html = await dom("?status=regression");
          assert.deepStrictEqual(visible(html), ["epoll/wait_timeout", "pipes/dup2_gap"]);
        });

        await t.step("?area=nope shows the no-match row and a zero count", async () => {
          const html = await dom("?area=nope");
          assert.deepStrictEqual(visible(html), []);
          assert.equal(textOf(html, "visible-count"), "0");
          assert.ok(!tags(html, "tr").find((r) => r.getAttribute("id") === "no-match")!.has("hidden"));
        });

        await t.step("?sort=duration&dir=desc sorts rows; panels stay under their case; ?open= opens one", async () => {
          const html = await dom("?sort=duration&dir=desc&open=pipes/dup2_gap");
          const order = caseRows(html).map((r) => r.getAttribute("data-id"));
          assert.equal(order[0], "epoll/wait_timeout");
          assert.equal(order[1], "pipes/capacity_fill");
          assert.equal(order.at(-1), "epoll/deadlock_crossed");
          const th = tags(html, "th").find((x) => x.getAttribute("data-key") === "duration")!;
          assert.equal(th.getAttribute("aria-sort"), "descending");
          const rows = tags(html, "tr").filter((r) => /\b(case|detail)\b/.test(r.getAttribute("class") ?? ""));
          for (let i = 0; i < rows.length; i++) {
            if (rows[i].getAttribute("class") === "detail") {
              assert.equal(rows[i - 1].getAttribute("data-id"), rows[i].getAttribute("data-for"));
              assert.equal(rows[i].has("hidden"), rows[i].getAttribute("data-for") !== "pipes/dup2_gap");
            }
          }
        });
      } finally {
        await Deno.remove(dir, { recursive: true }).catch(() => {});
      }
    },
  });
}
