/**
 * Property test: whatever is done to a real MIR file (lines dropped, duplicated or swapped, tokens
 * swapped, truncation, random bytes), parsing yields a syntax tree or a `MirSyntaxError`, never
 * another exception and never a hang.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { MirSyntaxError } from "../errors.ts";
import { Rng } from "../util/rng.ts";
import { parseMir } from "./parser.ts";
import { allMirFiles, REPO_ROOT } from "./testing.ts";
import { mutate } from "./mutate.ts";

export { mutate };

/** Parses `text` and classifies the outcome; any exception other than `MirSyntaxError` is returned. */
export function parseOutcome(text: string): "ast" | "syntax-error" | Error {
  try {
    parseMir(text, "mutated.mir");
    return "ast";
  } catch (e) {
    if (e instanceof MirSyntaxError && !e.internal) return "syntax-error";
    return e instanceof Error ? e : new Error(String(e));
  }
}

Deno.test("10,000 mutations of real MIR files give an AST or a MirSyntaxError", () => {
  // Small and medium files keep the test quick while covering every kind of item.
  const sources = allMirFiles()
    .map((f) => Deno.readTextFileSync(join(REPO_ROOT, f)))
    .filter((t) => t.length < 40_000);
  assert.ok(sources.length >= 10);
  const rng = new Rng(20261124);
  const counts = { ast: 0, "syntax-error": 0 };
  for (let i = 0; i < 10_000; i++) {
    let text = rng.pick(sources);
    const rounds = 1 + rng.below(3);
    for (let r = 0; r < rounds; r++) text = mutate(text, rng);
    const outcome = parseOutcome(text);
    if (outcome instanceof Error) {
      const path = Deno.makeTempFileSync({ suffix: ".mir" });
      Deno.writeTextFileSync(path, text);
      assert.fail(`mutation ${i} raised ${outcome.name}: ${outcome.message} (input saved to ${path})`);
    }
    counts[outcome]++;
  }
  // Both outcomes must occur, or the mutations are not exercising the parser.
  assert.ok(counts.ast > 100 && counts["syntax-error"] > 1000, JSON.stringify(counts));
});
