/** Parser throughput: one iteration parses 1 MiB of real MIR, so iterations per second = MiB/s. */

import { join } from "node:path";
import { parseMir } from "./parser.ts";
import { allMirFiles, REPO_ROOT } from "./testing.ts";

const files = allMirFiles().map((f) => ({ f, text: Deno.readTextFileSync(join(REPO_ROOT, f)) }));
const largest = files.reduce((a, b) => (b.text.length > a.text.length ? b : a));
// Items are independent, so the largest fixture without its header comment can be repeated.
const body = largest.text.replace(/^(\/\/.*\n)+/, "");
let mib = "";
while (mib.length < 1 << 20) mib += body + "\n";
mib = mib.slice(0, mib.lastIndexOf("\n}\n", 1 << 20) + 3);

Deno.bench(`parse 1 MiB of MIR built from the largest fixture (${largest.f}); iter/s = MiB/s`, () => {
  parseMir(mib, "bench.mir");
});

Deno.bench(`parse the largest fixture once (${(largest.text.length / 1024).toFixed(0)} KiB)`, () => {
  parseMir(largest.text, largest.f);
});
