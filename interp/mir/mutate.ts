/** Random mutations of MIR text, for the parser property test and the fuzz task. */

import type { Rng } from "../util/rng.ts";

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

/**
 * A mutation that usually keeps the MIR parseable but changes its meaning: another number in a
 * constant, another local, another basic block. Exercises the evaluator's checks rather than the
 * parser's.
 */
export function mutateSemantic(text: string, rng: Rng): string {
  const pats = [/\b_\d+\b/g, /\bbb\d+\b/g, /\b\d+_(?:u|i)(?:8|16|32|64|128|size)\b/g, /\bconst \d+_usize\b/g];
  const re = pats[rng.below(pats.length)];
  const hits = [...text.matchAll(re)];
  if (hits.length === 0) return mutate(text, rng);
  const h = hits[rng.below(hits.length)];
  const tok = h[0];
  let repl: string;
  if (tok.startsWith("_")) repl = `_${rng.below(40)}`;
  else if (tok.startsWith("bb")) repl = `bb${rng.below(40)}`;
  else {
    const suffix = tok.replace(/^(const )?\d+/, "");
    const prefix = tok.startsWith("const ") ? "const " : "";
    const choices = ["0", "1", "2", "7", "255", "256", "4096", "65536", "4294967295", "18446744073709551615"];
    repl = `${prefix}${rng.pick(choices)}${suffix}`;
  }
  return text.slice(0, h.index) + repl + text.slice(h.index! + tok.length);
}
