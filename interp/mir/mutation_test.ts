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

/** Applies one random mutation to `text`. */
export function mutate(text: string, rng: Rng): string {
  const lines = text.split("\n");
  const line = () => rng.below(lines.length);
  switch (rng.below(9)) {
    case 0: // drop a line
      lines.splice(line(), 1);
      return lines.join("\n");
    case 1: { // duplicate a line
      const i = line();
      lines.splice(i, 0, lines[i]);
      return lines.join("\n");
    }
    case 2: { // swap two lines
      const i = line(), j = line();
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join("\n");
    }
    case 3: { // swap two tokens of a line
      const i = line();
      const toks = lines[i].split(" ");
      const a = rng.below(toks.length), b = rng.below(toks.length);
      [toks[a], toks[b]] = [toks[b], toks[a]];
      lines[i] = toks.join(" ");
      return lines.join("\n");
    }
    case 4: { // drop a token
      const i = line();
      const toks = lines[i].split(" ");
      toks.splice(rng.below(toks.length), 1);
      lines[i] = toks.join(" ");
      return lines.join("\n");
    }
    case 5: // truncate
      return text.slice(0, rng.below(text.length + 1));
    case 6: { // insert random bytes
      const at = rng.below(text.length + 1);
      let junk = "";
      const n = 1 + rng.below(8);
      for (let k = 0; k < n; k++) {
        junk += rng.chance(0.5) ? String.fromCharCode(rng.below(128)) : rng.pick([
          "(",
          ")",
          "{",
          "}",
          "<",
          ">",
          "::",
          "_1",
          "bb",
          "'",
          '"',
          "\\",
          "as ",
          "const ",
          "│",
          "╾",
          "\u{1F600}",
          "\u0000",
        ]);
      }
      return text.slice(0, at) + junk + text.slice(at);
    }
    case 7: { // replace one character
      const at = rng.below(Math.max(1, text.length));
      return text.slice(0, at) + String.fromCharCode(rng.below(0x3000)) + text.slice(at + 1);
    }
    default: { // duplicate a random slice somewhere else
      const a = rng.below(text.length + 1), b = Math.min(text.length, a + rng.below(200));
      const at = rng.below(text.length + 1);
      return text.slice(0, at) + text.slice(a, b) + text.slice(at);
    }
  }
}

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
