/**
 * `deno task fuzz [--inputs N] [--seed S] [--native-every K] [--out DIR]`
 *
 * Feeds the interpreter inputs a user (or a buggy program) could produce and checks that every
 * outcome is a documented one (exited, panicked, aborted, mir-syntax, invalid-mir, unsupported, ub,
 * deadlock, step-limit, stack-overflow, memory-limit) — never an internal error (outcome `error`,
 * which includes a JavaScript exception inside the interpreter) or an exception escaping the API:
 *
 * - `mir-syntax`: real MIR files with lines and tokens dropped, duplicated, swapped, truncated or
 *   sprinkled with random bytes (parse errors must be `MirSyntaxError`s);
 * - `mir-semantic`: real MIR with a local, a basic block or a constant replaced (it usually still
 *   parses, so the evaluator's checks run and must answer `invalid-mir`, `ub` or a program
 *   outcome);
 * - `syscall-tape`: scripts/fuzz/syscalls.mir, a program that performs a random sequence of fd
 *   operations (random fd numbers, lengths, flags, null buffers) chosen by random stdin bytes. With
 *   the pinned rustc, every K-th tape also runs natively and the outputs must be identical.
 *
 * Findings are written to `--out` (default .cache/fuzz) with the input that produced them.
 */

import { join } from "node:path";
import { prepareProgram, runProgram } from "../mod.ts";
import { mutate, mutateSemantic } from "../interp/mir/mutate.ts";
import { Rng } from "../interp/util/rng.ts";
import { parseArgs, UsageError } from "./harness/args.ts";
import { compileCase, requirePinnedRustc, RustcError } from "./rustc.ts";
import { CLEAN_FDS_EXEC } from "./harness/native.ts";

const USAGE = `usage: deno task fuzz [options]

  --inputs N        number of inputs (default 3000)
  --seed S          seed of the input generator (default 1)
  --native-every K  run every K-th syscall tape natively too and diff (default 5; 0 = never; needs rustc)
  --out DIR         where findings are written (default .cache/fuzz)
  --skip N          generate but do not run the first N inputs (to replay one input of a long run)
  --save-current F  write each input to F before running it (to catch an input that hangs)
  --help            this text`;

const ROOT = new URL("../", import.meta.url).pathname;
const DOCUMENTED = new Set([
  "mir-syntax",
  "invalid-mir",
  "error",
  "exited",
  "panicked",
  "aborted",
  "unsupported",
  "ub",
  "deadlock",
  "step-limit",
  "stack-overflow",
  "memory-limit",
]);

function mirCorpus(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      const p = join(dir, e.name);
      if (e.isDirectory) walk(p);
      else if (e.name.endsWith(".mir")) out.push({ path: p, text: Deno.readTextFileSync(p) });
    }
  };
  // Small programs keep each input cheap (the corpus cases are ~250 KB of MIR each).
  for (const d of ["interp/testdata/parser", "interp/testdata/sched"]) {
    try {
      walk(join(ROOT, d));
    } catch { /* optional */ }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

interface Finding {
  kind: string;
  message: string;
  input: string;
}

async function main(): Promise<number> {
  let p;
  try {
    p = parseArgs(Deno.args, [
      { name: "inputs", value: "int" },
      { name: "seed", value: "int" },
      { name: "native-every", value: "int" },
      { name: "out", value: "string" },
      { name: "skip", value: "int" },
      { name: "save-current", value: "string" },
      { name: "help" },
    ]);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (p.opts.has("help")) {
    console.log(USAGE);
    return 0;
  }
  const inputs = (p.opts.get("inputs") as number | undefined) ?? 3000;
  const rng = new Rng((p.opts.get("seed") as number | undefined) ?? 1);
  let nativeEvery = (p.opts.get("native-every") as number | undefined) ?? 5;
  const outDir = (p.opts.get("out") as string | undefined) ?? join(ROOT, ".cache/fuzz");
  const skip = (p.opts.get("skip") as number | undefined) ?? 0;
  const saveCurrent = p.opts.get("save-current") as string | undefined;
  const corpus = mirCorpus();
  const tapeMirPath = join(ROOT, "scripts/fuzz/syscalls.mir");
  const tapeProg = prepareProgram({
    mir: Deno.readTextFileSync(tapeMirPath),
    mirPath: tapeMirPath,
    readSource: (f) => Deno.readTextFileSync(join(ROOT, "scripts/fuzz", f)),
  });
  let nativeBin: string | undefined;
  if (nativeEvery > 0) {
    try {
      await requirePinnedRustc();
      const dir = await Deno.makeTempDir({ prefix: "fdc-fuzz-" });
      nativeBin = (await compileCase(join(ROOT, "scripts/fuzz/syscalls.rs"), dir, { binary: true })).binary;
    } catch (e) {
      if (!(e instanceof RustcError)) throw e;
      console.error(`note: ${e.message}; syscall tapes are not compared with native runs`);
      nativeEvery = 0;
    }
  }
  const counts = new Map<string, number>();
  const timeByKind = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (f: Finding) => {
    const key = `${f.kind}: ${f.message.split("\n")[0].replace(/\d+/g, "N").slice(0, 120)}`;
    bump(`finding ${f.kind}`);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  const dec = new TextDecoder();
  let tapes = 0, nativeCompared = 0;
  const t0 = performance.now();
  for (let i = 0; i < inputs; i++) {
    const which = rng.below(10);
    const tIn = performance.now();
    const kindOf = which < 4 ? "mir-syntax" : which < 7 ? "mir-semantic" : "syscall-tape";
    try {
      if (which < 7) {
        const src = corpus[rng.below(corpus.length)];
        const semantic = which >= 4;
        let text = src.text;
        const n = 1 + rng.below(semantic ? 2 : 3);
        for (let k = 0; k < n; k++) text = semantic ? mutateSemantic(text, rng) : mutate(text, rng);
        if (i < skip) continue;
        if (saveCurrent) Deno.writeTextFileSync(saveCurrent, `input ${i} (${src.path})\n${text}`);
        const kind = semantic ? "mir-semantic" : "mir-syntax";
        bump(kind);
        let r;
        try {
          r = runProgram(
            { mir: text, mirPath: src.path, readSource: (f) => Deno.readTextFileSync(join(src.path, "..", f)) },
            { maxSteps: 200_000, memoryLimit: 64 << 20 },
          );
        } catch (e) {
          report({ kind, message: `exception escaped runProgram: ${(e as Error)?.stack ?? e}`, input: text });
          continue;
        }
        bump(`${kind} → ${r.outcome}`);
        const err = dec.decode(r.stderr);
        if (!DOCUMENTED.has(r.outcome)) {
          report({ kind, message: `undocumented outcome ${r.outcome}\n${err}`, input: text });
        } else if (r.outcome === "error") {
          // An internal error (a JavaScript exception or a broken invariant) is a finding; the
          // summary also tallies them by message.
          const first = r.error?.message.split("\n")[0] ?? "";
          bump(`${kind} → error: ${first.replace(/\d+/g, "N").replace(/`[^`]*`/g, "`…`").slice(0, 90)}`);
          report({ kind, message: err, input: text });
        }
        continue;
      }
      // A syscall tape.
      tapes++;
      bump("syscall-tape");
      const tape = new Uint8Array(50 + rng.below(900));
      for (let k = 0; k < tape.length; k++) tape[k] = rng.below(256);
      if (i < skip) continue;
      if (saveCurrent) Deno.writeFileSync(saveCurrent, tape);
      const r = runProgram(tapeProg, { stdin: tape, maxSteps: 50_000_000 });
      bump(`syscall-tape → ${r.outcome}`);
      const tapeText = [...tape].map((b) => b.toString(16).padStart(2, "0")).join("");
      if (r.outcome !== "exited" || r.exitCode !== 0) {
        report({ kind: "syscall-tape", message: dec.decode(r.stderr), input: tapeText });
        continue;
      }
      if (nativeBin && tapes % nativeEvery === 0) {
        nativeCompared++;
        const child = new Deno.Command("bash", {
          args: ["-c", CLEAN_FDS_EXEC, nativeBin],
          stdin: "piped",
          stdout: "piped",
          stderr: "piped",
          clearEnv: true,
        }).spawn();
        const w = child.stdin.getWriter();
        await w.write(tape);
        await w.close();
        const out = await child.output();
        const native = dec.decode(out.stdout), interp = dec.decode(r.stdout);
        if (native !== interp) {
          const nl = native.split("\n"), il = interp.split("\n");
          let k = 0;
          while (k < nl.length && nl[k] === il[k]) k++;
          report({
            kind: "native-diff",
            message: `line ${k + 1}: native \`${nl[k]}\` vs interp \`${il[k]}\``,
            input: tapeText,
          });
        }
      }
    } finally {
      timeByKind.set(kindOf, (timeByKind.get(kindOf) ?? 0) + performance.now() - tIn);
      if ((i + 1) % 1000 === 0) {
        console.error(`… ${i + 1}/${inputs} inputs, ${findings.length} distinct findings`);
      }
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `fuzz: ${inputs} inputs in ${secs.toFixed(1)} s (${tapes} syscall tapes, ${nativeCompared} compared natively)`,
  );
  for (const [k, v] of [...counts].sort()) console.log(`  ${k}: ${v}`);
  for (const [k, v] of [...timeByKind].sort()) console.log(`  time in ${k}: ${(v / 1000).toFixed(1)} s`);
  if (findings.length) {
    await Deno.mkdir(outDir, { recursive: true });
    findings.forEach((f, i) => {
      const file = join(outDir, `finding-${i + 1}.txt`);
      Deno.writeTextFileSync(file, `${f.kind}\n${f.message}\n--- input ---\n${f.input}\n`);
      console.log(`finding ${i + 1} (${f.kind}): ${f.message.split("\n")[0].slice(0, 200)}  [${file}]`);
    });
  }
  console.log(`fuzz: ${findings.length} distinct findings`);
  return findings.length ? 1 : 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await main());
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    Deno.exit(1);
  }
}
