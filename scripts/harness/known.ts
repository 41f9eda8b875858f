/**
 * The known-failures list and the one definition of a case's final status.
 *
 * File format (default `conformance/known-failures.txt`, i.e. `<root>/known-failures.txt`, used
 * only with `--engine interp`; `--known-failures FILE` for any engine), one entry per line:
 *
 *     <case-id> <kind>[: <message substring>] # <reason>
 *
 * e.g. `eventfd/several_writers_sum unsupported: RangeInclusive # ranges not implemented yet`.
 * `<kind>` is a failure kind (`mismatch:stdout`, `unsupported`, `timeout`, …; see FAILURE_KINDS).
 * The optional substring (it cannot contain ` #`) must occur in the failure's message (for
 * interpreter errors, the `error: …` line) or in its diffs (which include the raw output). The reason is required. Blank lines and lines starting with `#` are ignored.
 * A malformed line, an unknown case id or a case listed twice is a hygiene error.
 */

import { HygieneError } from "./case.ts";
import { FAILURE_KINDS, type FailureKind } from "./compare.ts";

/** One line of the list. */
export interface KnownFailure {
  id: string;
  kind: FailureKind;
  substring?: string;
  reason: string;
  /** `file:line`, for messages. */
  where: string;
}

/** Parses a known-failures file; `knownIds` are the corpus's case ids. */
export function parseKnownFailures(
  text: string,
  file: string,
  knownIds: ReadonlySet<string>,
): { entries: Map<string, KnownFailure>; problems: HygieneError[] } {
  const entries = new Map<string, KnownFailure>();
  const problems: HygieneError[] = [];
  text.split("\n").forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const hash = line.indexOf(" #");
    const reason = hash < 0 ? "" : line.slice(hash + 2).trim();
    const body = (hash < 0 ? line : line.slice(0, hash)).trim();
    const m = /^(\S+)\s+(\S.*)$/.exec(body);
    if (!m) {
      problems.push(new HygieneError(where, "malformed line (expected `<case-id> <kind>[: <substring>] # <reason>`)"));
      return;
    }
    const [, id, rest] = m;
    const kind = [...FAILURE_KINDS].sort((a, b) => b.length - a.length)
      .find((k) => rest === k || rest.startsWith(`${k}:`));
    if (!kind) {
      const word = rest.split(/[\s]/)[0];
      problems.push(new HygieneError(where, `unknown failure kind \`${word}\` (known: ${FAILURE_KINDS.join(", ")})`));
      return;
    }
    const substring = rest.slice(kind.length + 1).trim();
    if (!reason) {
      problems.push(new HygieneError(where, "missing `# reason`"));
      return;
    }
    if (!knownIds.has(id)) {
      problems.push(new HygieneError(where, `unknown case id \`${id}\``));
      return;
    }
    if (entries.has(id)) {
      problems.push(new HygieneError(where, `\`${id}\` is already listed at ${entries.get(id)!.where}`));
      return;
    }
    entries.set(id, { id, kind, substring: substring || undefined, reason, where });
  });
  return { entries, problems };
}

/** Reads and parses a known-failures file; a missing file is an empty list unless `required`. */
export function loadKnownFailures(
  path: string,
  knownIds: ReadonlySet<string>,
  required: boolean,
): { entries: Map<string, KnownFailure>; problems: HygieneError[] } {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound && !required) return { entries: new Map(), problems: [] };
    return { entries: new Map(), problems: [new HygieneError(path, `cannot read: ${(e as Error).message}`)] };
  }
  return parseKnownFailures(text, path, knownIds);
}

/** Final status of a case. `timeout` is a failure by step limit or wall clock. */
export type CaseStatus = "passed" | "failed" | "known-failure" | "skipped" | "timeout";

/** The part of a failure the verdict looks at. */
export interface FailureFacts {
  kind: FailureKind;
  message: string;
  /** Diffs and stderr, searched for the known-failure substring. */
  text: string;
}

/** Whether `failure` is the failure `entry` describes. */
export function matchesKnown(entry: KnownFailure, failure: FailureFacts): boolean {
  if (entry.kind !== failure.kind) return false;
  return entry.substring === undefined || failure.message.includes(entry.substring) ||
    failure.text.includes(entry.substring);
}

/**
 * The one definition of a case's status. `failure` is undefined when every schedule matched.
 * A listed case failing the listed way is a known failure; failing another way is a failure; passing
 * is a failure too ("unexpected pass").
 */
export function verdict(
  failure: FailureFacts | undefined,
  entry: KnownFailure | undefined,
): { status: CaseStatus; note?: string; unexpectedPass?: boolean } {
  if (!failure) {
    if (entry) {
      return {
        status: "failed",
        unexpectedPass: true,
        note: `unexpected pass: remove it from the list (${entry.where}: ${entry.kind} # ${entry.reason})`,
      };
    }
    return { status: "passed" };
  }
  if (entry && matchesKnown(entry, failure)) {
    return { status: "known-failure", note: `known failure (${entry.where}): ${entry.reason}` };
  }
  const status: CaseStatus = failure.kind === "timeout" || failure.kind === "step-limit" ? "timeout" : "failed";
  if (entry) {
    const listed = `${entry.kind}${entry.substring ? `: ${entry.substring}` : ""}`;
    return { status, note: `listed as a known failure \`${listed}\` (${entry.where}), but failed as ${failure.kind}` };
  }
  return { status };
}
