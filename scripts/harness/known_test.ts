import assert from "node:assert/strict";
import { matchesKnown, parseKnownFailures, verdict } from "./known.ts";

const IDS = new Set(["a/one", "a/two", "b/three"]);

Deno.test("known failures: parses kinds (with colons), substrings and reasons", () => {
  const { entries, problems } = parseKnownFailures(
    [
      "# comment",
      "",
      "a/one mismatch:stdout # prints the wrong thing",
      "a/two unsupported: RangeInclusive::new # ranges",
      "b/three step-limit:x # tight",
    ].join("\n"),
    "kf.txt",
    IDS,
  );
  assert.deepStrictEqual(problems, []);
  assert.deepStrictEqual(entries.get("a/one"), {
    id: "a/one",
    kind: "mismatch:stdout",
    substring: undefined,
    reason: "prints the wrong thing",
    where: "kf.txt:3",
  });
  assert.equal(entries.get("a/two")?.kind, "unsupported");
  assert.equal(entries.get("a/two")?.substring, "RangeInclusive::new");
  assert.equal(entries.get("b/three")?.substring, "x");
});

Deno.test("known failures: malformed lines, unknown kinds and ids, duplicates are problems naming the line", () => {
  const { entries, problems } = parseKnownFailures(
    [
      "a/one",
      "a/one bogus # x",
      "a/one mismatch:exit",
      "zz/nope ub # no such case",
      "a/two ub # fine",
      "a/two deadlock # twice",
      "a/one unexpected-pass # not a run failure kind",
    ].join("\n"),
    "kf.txt",
    IDS,
  );
  assert.deepStrictEqual([...entries.keys()], ["a/two"]);
  const msgs = problems.map((p) => p.message);
  assert.match(msgs[0], /^kf\.txt:1: malformed line/);
  assert.match(msgs[1], /^kf\.txt:2: unknown failure kind `bogus`/);
  assert.match(msgs[2], /^kf\.txt:3: missing `# reason`/);
  assert.match(msgs[3], /^kf\.txt:4: unknown case id `zz\/nope`/);
  assert.match(msgs[4], /^kf\.txt:6: `a\/two` is already listed at kf\.txt:5/);
  assert.match(msgs[5], /^kf\.txt:7: unknown failure kind `unexpected-pass`/);
});

Deno.test("known failures: verdicts", () => {
  const entry = { id: "a/one", kind: "unsupported" as const, substring: "RangeInclusive", reason: "r", where: "kf:1" };
  const fail = { kind: "unsupported" as const, message: "error: unsupported: RangeInclusive::new", text: "" };
  assert.equal(matchesKnown(entry, fail), true);
  assert.equal(matchesKnown(entry, { ...fail, message: "error: unsupported: Vec" }), false);
  assert.equal(matchesKnown(entry, { ...fail, message: "x", text: "diff mentions RangeInclusive" }), true);
  assert.deepStrictEqual(verdict(undefined, undefined), { status: "passed" });
  assert.equal(verdict(fail, entry).status, "known-failure");
  const up = verdict(undefined, entry);
  assert.equal(up.status, "failed");
  assert.equal(up.unexpectedPass, true);
  assert.match(up.note!, /^unexpected pass: remove it from the list/);
  const other = verdict({ ...fail, kind: "mismatch:stdout" }, entry);
  assert.equal(other.status, "failed");
  assert.match(other.note!, /but failed as mismatch:stdout/);
  assert.equal(verdict({ ...fail, kind: "step-limit" }, undefined).status, "timeout");
  assert.equal(verdict({ ...fail, kind: "timeout" }, undefined).status, "timeout");
  assert.equal(verdict({ ...fail, kind: "crash" }, undefined).status, "failed");
});
