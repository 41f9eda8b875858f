/**
 * `deno run -A scripts/screenshot.ts RESULTS.json [RESULTS.json…] OUT.png [options]`: writes the
 * HTML report of the results to a temporary directory and takes a screenshot of it with headless
 * Chromium (`apt-get install chromium`, or `$CHROMIUM`). docs/report.png is made this way from
 * the fixtures in scripts/testdata/reports/.
 */

import { parseArgs, UsageError } from "./harness/args.ts";
import { ChromiumError, fileUrl, findChromium, screenshot } from "./harness/chromium.ts";
import { writeHtmlReport } from "./harness/html.ts";
import { readResults, ResultsError, type ResultsJson } from "./harness/results_json.ts";

const USAGE = `usage: deno run -A scripts/screenshot.ts RESULTS.json [RESULTS.json…] OUT.png [options]

Writes the HTML report of the results to a temporary directory and screenshots it.

  --baseline FILE   compare with baseline results (as deno task report --baseline)
  --root DIR        corpus directory for case sources (default: conformance)
  --query Q         URL query and/or hash to open the page with, e.g. '?area=pipes&open=pipes/dup2_gap'
  --size WxH        window size (default 1400x1000)
  --title TEXT      title of the report
  --help            this text

Exit status: 0 written, 1 chromium failed or is not installed, 2 usage error or bad input.`;

async function main(args: string[]): Promise<number> {
  let p;
  try {
    p = parseArgs(args, [
      { name: "baseline", value: "string" },
      { name: "root", value: "string" },
      { name: "query", value: "string" },
      { name: "size", value: "string" },
      { name: "title", value: "string" },
      { name: "help" },
    ]);
    if (p.opts.has("help")) {
      console.log(USAGE);
      return 0;
    }
    const pos = [...p.positional, ...p.rest];
    if (pos.length < 2) throw new UsageError("need at least one results file and the output PNG");
    if (!pos[pos.length - 1].endsWith(".png")) throw new UsageError("the last argument must be the output `.png`");
    const size = (p.opts.get("size") as string | undefined) ?? "1400x1000";
    if (!/^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$/.test(size)) throw new UsageError(`\`--size\` needs WxH, got \`${size}\``);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const pos = [...p.positional, ...p.rest];
  const out = pos.pop()!;
  const [width, height] = ((p.opts.get("size") as string | undefined) ?? "1400x1000").split("x").map(Number);
  let runs: ResultsJson[];
  let baseline: ResultsJson | undefined;
  const baselineName = p.opts.get("baseline") as string | undefined;
  try {
    runs = await Promise.all(pos.map(readResults));
    if (baselineName) baseline = await readResults(baselineName);
  } catch (e) {
    if (e instanceof ResultsError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error("error: chromium not installed (apt-get install chromium, or set $CHROMIUM)");
    return 1;
  }
  const dir = await Deno.makeTempDir({ prefix: "fdc-report-" });
  try {
    const index = await writeHtmlReport(dir, runs, {
      root: (p.opts.get("root") as string | undefined) ?? "conformance",
      baseline,
      baselineName,
      title: p.opts.get("title") as string | undefined,
    });
    await screenshot(fileUrl(index, (p.opts.get("query") as string | undefined) ?? ""), out, { width, height }, {
      chromium,
    });
    console.log(`screenshot: ${out}`);
    return 0;
  } catch (e) {
    if (e instanceof ChromiumError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main(Deno.args);
  } catch (e) {
    console.error(`error: internal: ${(e as Error)?.stack ?? e}`);
    code = 1;
  }
  Deno.exit(code);
}
