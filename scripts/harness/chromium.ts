/**
 * Headless Chromium for the HTML report: the DOM after the page's scripts ran (browser tests) and
 * screenshots (scripts/screenshot.ts). Chromium is found at `$CHROMIUM`, `/usr/bin/chromium`, or
 * as `chromium` / `chromium-browser` / `google-chrome` on PATH (`apt-get install chromium`).
 */

import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

function isFile(p: string): boolean {
  try {
    return Deno.statSync(p).isFile;
  } catch {
    return false;
  }
}

/** The Chromium executable, or null when none is installed. */
export function findChromium(): string | null {
  const env = Deno.env.get("CHROMIUM");
  if (env) return isFile(env) ? env : null;
  if (isFile("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const dir of (Deno.env.get("PATH") ?? "").split(":").filter((d) => d !== "")) {
    for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
      if (isFile(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** A `file://` URL of `path` with an optional query (`?area=pipes`) or hash. */
export function fileUrl(path: string, suffix = ""): string {
  return pathToFileURL(path).href + suffix;
}

/** Thrown when Chromium fails; the message holds the end of its stderr. */
export class ChromiumError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChromiumError";
  }
}

async function runChromium(chromium: string, args: string[], timeoutMs: number): Promise<string> {
  const profile = await Deno.makeTempDir({ prefix: "fdc-chromium-" });
  try {
    const child = new Deno.Command(chromium, {
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        `--user-data-dir=${profile}`,
        ...args,
      ],
      stdout: "piped",
      stderr: "piped",
      stdin: "null",
    }).spawn();
    const timer = setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch { /* exited */ }
    }, timeoutMs);
    const out = await child.output();
    clearTimeout(timer);
    const stdout = new TextDecoder().decode(out.stdout);
    if (!out.success) {
      const err = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-10).join("\n");
      throw new ChromiumError(`${chromium} exited with ${out.code}${out.signal ? ` (${out.signal})` : ""}:\n${err}`);
    }
    return stdout;
  } finally {
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}

/** Options of a Chromium run. */
export interface ChromiumOptions {
  /** The executable (default: findChromium()). */
  chromium?: string;
  /** Kill Chromium after this long (default 60 s). */
  timeoutMs?: number;
  /** Virtual time the page's scripts get before the dump/screenshot (default 2000 ms). */
  virtualTimeBudgetMs?: number;
}

function executable(opts: ChromiumOptions): string {
  const c = opts.chromium ?? findChromium();
  if (!c) throw new ChromiumError("chromium not installed (apt-get install chromium, or set $CHROMIUM)");
  return c;
}

/** The serialised DOM of `url` after its scripts ran (`chromium --headless --dump-dom`). */
export function dumpDom(url: string, opts: ChromiumOptions = {}): Promise<string> {
  return runChromium(
    executable(opts),
    [`--virtual-time-budget=${opts.virtualTimeBudgetMs ?? 2000}`, "--dump-dom", url],
    opts.timeoutMs ?? 60_000,
  );
}

/** Writes a PNG screenshot of `url` to `out` (`chromium --headless --screenshot`). */
export async function screenshot(
  url: string,
  out: string,
  size: { width: number; height: number } = { width: 1400, height: 1000 },
  opts: ChromiumOptions = {},
): Promise<void> {
  await runChromium(
    executable(opts),
    [
      `--virtual-time-budget=${opts.virtualTimeBudgetMs ?? 2000}`,
      `--screenshot=${resolve(out)}`,
      `--window-size=${size.width},${size.height}`,
      url,
    ],
    opts.timeoutMs ?? 60_000,
  );
  try {
    await Deno.stat(out);
  } catch {
    throw new ChromiumError(`chromium wrote no screenshot to ${out}`);
  }
}
