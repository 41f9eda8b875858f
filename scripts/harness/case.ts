/**
 * Conformance cases on disk: discovery, `//@` headers, expectation files and hygiene checks.
 *
 * A case is `conformance/<area>/<name>.rs` with beside it `<name>.mir` (pinned rustc) and its
 * expectations: `<name>.stdout`, `<name>.stderr`, `<name>.exit` recorded natively, or for
 * interp-only cases `<name>.blessed.stdout|stderr|exit` blessed from the interpreter.
 * `<name>.stdin`, when present, is fed to fd 0. `conformance/common/` holds shared modules.
 */

import { readExact } from "./bytes.ts";
import { basename, join, relative } from "node:path";

/** Directory names under `conformance/` that are not areas. */
export const NON_AREA_DIRS = new Set(["common"]);

/** Header keys a case may use. */
export const HEADER_KEYS = ["covers", "seeds", "interp-only", "max-steps", "area"] as const;

/** Outcome kinds an interp-only case may expect. */
export const INTERP_ONLY_KINDS = ["deadlock", "ub", "unsupported", "step-limit", "memory-limit", "stack-overflow"];

/** Parsed `//@` metadata of a case. */
export interface CaseHeader {
  covers: string[];
  seeds?: number;
  /** The outcome kind a native run cannot show, e.g. `deadlock`; absent for native cases. */
  interpOnly?: string;
  maxSteps?: number;
}

/** One case with its files. */
export interface Case {
  /** `area/name`, the stable id used in reports and filters. */
  id: string;
  area: string;
  name: string;
  dir: string;
  rsPath: string;
  mirPath: string;
  header: CaseHeader;
  /** Expectation file stem: `<name>` for native recordings, `<name>.blessed` for interp-only. */
  expectStem: string;
  stdinPath?: string;
}

/** A problem with the corpus layout, naming the file. */
export class HygieneError extends Error {
  constructor(readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "HygieneError";
  }
}

/** Parses the `//@ key: value` lines at the top of a case (before the first non-comment line). */
export function parseHeader(text: string, file: string): CaseHeader {
  const h: CaseHeader = { covers: [] };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || (line.startsWith("//") && !line.startsWith("//@"))) continue;
    if (!line.startsWith("//@")) break;
    const m = /^\/\/@\s*([a-z-]+)\s*:\s*(.*)$/.exec(line);
    const where = `${file}:${i + 1}`;
    if (!m) throw new HygieneError(where, `malformed header line \`${line}\` (expected \`//@ key: value\`)`);
    const [, key, value] = m;
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      throw new HygieneError(where, `unknown header key \`${key}\` (known: ${HEADER_KEYS.join(", ")})`);
    }
    const int = () => {
      if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new HygieneError(where, `\`${key}\` needs a positive integer`);
      return Number(value);
    };
    if (key === "covers") {
      if (value === "") throw new HygieneError(where, "`covers` is empty");
      h.covers.push(value);
    } else if (key === "seeds") h.seeds = int();
    else if (key === "max-steps") h.maxSteps = int();
    else if (key === "interp-only") {
      const kind = value.split(/\s+/)[0];
      if (!INTERP_ONLY_KINDS.includes(kind)) {
        throw new HygieneError(where, `\`interp-only\` kind \`${kind}\` is not one of ${INTERP_ONLY_KINDS.join(", ")}`);
      }
      h.interpOnly = kind;
    } else if (key === "area") {
      const area = basename(join(file, ".."));
      if (value !== area) throw new HygieneError(where, `\`area: ${value}\` but the case is in \`${area}/\``);
    }
  }
  if (h.covers.length === 0) throw new HygieneError(file, "missing `//@ covers: …` header");
  return h;
}

/** What discovery found: the cases and every hygiene problem (the harness fails on any). */
export interface Corpus {
  root: string;
  cases: Case[];
  problems: HygieneError[];
}

const EXPECT_SUFFIXES = [".stdout", ".stderr", ".exit"];

/** Finds every case under `root` (default `conformance/`), sorted by id, with hygiene problems. */
export function discover(root: string): Corpus {
  const cases: Case[] = [];
  const problems: HygieneError[] = [];
  let areas: string[];
  try {
    areas = [...Deno.readDirSync(root)].filter((e) => e.isDirectory && !NON_AREA_DIRS.has(e.name)).map((e) => e.name);
  } catch (e) {
    problems.push(new HygieneError(root, `cannot read the corpus directory: ${(e as Error).message}`));
    return { root, cases, problems };
  }
  for (const area of areas.sort()) {
    const dir = join(root, area);
    let files: string[];
    try {
      files = [...Deno.readDirSync(dir)].filter((e) => e.isFile).map((e) => e.name).sort();
    } catch (e) {
      problems.push(new HygieneError(dir, `cannot read: ${(e as Error).message}`));
      continue;
    }
    const set = new Set(files);
    const stems = new Set(files.filter((f) => f.endsWith(".rs")).map((f) => f.slice(0, -3)));
    for (const f of files) {
      const stem = f.split(".")[0];
      if (!stems.has(stem)) problems.push(new HygieneError(join(dir, f), `belongs to no case (no \`${stem}.rs\`)`));
      else if (
        !/^[a-z0-9_]+\.(rs|mir|stdin|stdout|stderr|exit|blessed\.stdout|blessed\.stderr|blessed\.exit)$/.test(f)
      ) {
        problems.push(new HygieneError(join(dir, f), "unexpected file name in a case directory"));
      }
    }
    for (const name of [...stems].sort()) {
      const rsPath = join(dir, `${name}.rs`);
      let header: CaseHeader;
      try {
        header = parseHeader(Deno.readTextFileSync(rsPath), rsPath);
      } catch (e) {
        problems.push(e instanceof HygieneError ? e : new HygieneError(rsPath, (e as Error).message));
        continue;
      }
      const expectStem = header.interpOnly ? `${name}.blessed` : name;
      const other = header.interpOnly ? name : `${name}.blessed`;
      if (!set.has(`${name}.mir`)) {
        problems.push(new HygieneError(rsPath, `missing \`${name}.mir\` (run the recorder)`));
      }
      for (const s of EXPECT_SUFFIXES) {
        if (!set.has(expectStem + s)) {
          problems.push(new HygieneError(rsPath, `missing expectation \`${expectStem}${s}\``));
        }
        if (set.has(other + s)) {
          problems.push(
            new HygieneError(
              join(dir, other + s),
              header.interpOnly
                ? "native expectation for an interp-only case"
                : "blessed expectation for a native case",
            ),
          );
        }
      }
      cases.push({
        id: `${area}/${name}`,
        area,
        name,
        dir,
        rsPath,
        mirPath: join(dir, `${name}.mir`),
        header,
        expectStem,
        stdinPath: set.has(`${name}.stdin`) ? join(dir, `${name}.stdin`) : undefined,
      });
    }
  }
  return { root, cases, problems };
}

/** Recorded expectations of a case. */
export interface Expected {
  stdout: string;
  stderr: string;
  exit: number;
}

/** Reads a case's expectation files (`exit` holds one decimal number). */
export function readExpected(c: Case): Expected {
  const base = join(c.dir, c.expectStem);
  const exitText = Deno.readTextFileSync(`${base}.exit`).trim();
  if (!/^[0-9]{1,3}$/.test(exitText)) throw new HygieneError(`${base}.exit`, "must hold one exit status (0-255)");
  return {
    stdout: readExact(`${base}.stdout`),
    stderr: readExact(`${base}.stderr`),
    exit: Number(exitText),
  };
}

/**
 * Selects cases (all when no filter). A filter naming an area (`pipes`, `pipes/`) selects exactly
 * that area; a case id or path selects that case; anything else matches ids and paths as a
 * substring.
 */
export function selectCases(cases: Case[], filters: string[]): Case[] {
  if (filters.length === 0) return cases;
  const areas = new Set(cases.map((c) => c.area));
  return cases.filter((c) =>
    filters.some((f) => {
      const g = f.replace(/^\.\//, "").replace(/^conformance\//, "").replace(/\.(rs|mir)$/, "").replace(/\/$/, "");
      if (areas.has(g)) return c.area === g;
      return c.id === g || c.id.includes(g) || relative(".", c.rsPath).includes(f);
    })
  );
}
