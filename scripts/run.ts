/**
 * `deno task run FILE.rs|FILE.mir [options] [-- ARGS…]`: interprets one program.
 *
 * A `.rs` file is compiled to MIR with the pinned rustc invocation (cached by content hash);
 * a `.mir` file is interpreted directly. The program's stdin, stdout and stderr are the process's
 * and the process exits with the program's status. Interpreter failures print `error: …` lines.
 */

import { join } from "node:path";
import { DEFAULT_MAX_STEPS, EXIT_STATUS, runProgram } from "../mod.ts";
import { parseArgs, UsageError } from "./harness/args.ts";
import { mirFor, sourceDirOf } from "./harness/mircache.ts";
import { RustcError } from "./rustc.ts";

const USAGE = `usage: deno task run FILE.rs|FILE.mir [options] [-- ARGS…]

Interprets a Rust program's MIR with the emulated fd layer.

  --seed N          pseudo-random schedule N (default: deterministic round-robin)
  --max-steps N     stop with error: step limit after N MIR statements (default ${DEFAULT_MAX_STEPS})
  --stdin FILE      feed FILE to fd 0 (default: this process's stdin)
  --short-io        seed-driven short reads and writes on pipes and sockets
  --trace           print one line per call and fd operation on stderr
  --allow-rustc-version  compile .rs with a rustc other than the pinned one
  --help            this text

Exit status: the program's own, or ${EXIT_STATUS.usage} usage, ${EXIT_STATUS.mirSyntax} MIR syntax error, \
${EXIT_STATUS.unsupported} unsupported, ${EXIT_STATUS.undefinedBehavior} undefined behavior, ${EXIT_STATUS.deadlock} deadlock,
${EXIT_STATUS.stepLimit} step limit, ${EXIT_STATUS.memoryLimit} memory limit, ${EXIT_STATUS.compile} compile error, \
${EXIT_STATUS.io} file error, ${EXIT_STATUS.internal} internal error, 134 stack overflow (as native).`;

function writeAll(fd: "stdout" | "stderr", b: Uint8Array) {
  const s = fd === "stdout" ? Deno.stdout : Deno.stderr;
  let off = 0;
  while (off < b.length) off += s.writeSync(b.subarray(off));
}

function fail(status: number, msg: string): number {
  writeAll("stderr", new TextEncoder().encode(`error: ${msg}\n`));
  return status;
}

async function main(): Promise<number> {
  let p;
  try {
    p = parseArgs(Deno.args, [
      { name: "seed", value: "int" },
      { name: "max-steps", value: "int" },
      { name: "stdin", value: "string" },
      { name: "short-io" },
      { name: "trace" },
      { name: "allow-rustc-version" },
      { name: "help" },
    ]);
  } catch (e) {
    if (e instanceof UsageError) return fail(EXIT_STATUS.usage, `${e.message}\n\n${USAGE}`);
    throw e;
  }
  if (p.opts.has("help")) {
    console.log(USAGE);
    return 0;
  }
  if (p.positional.length !== 1) {
    return fail(EXIT_STATUS.usage, `${p.positional.length ? "more than one FILE given" : "no FILE given"}\n\n${USAGE}`);
  }
  const file = p.positional[0];
  if (!/\.(rs|mir)$/.test(file)) return fail(EXIT_STATUS.usage, `\`${file}\`: expected a .rs or .mir file`);
  try {
    const st = await Deno.stat(file);
    if (!st.isFile) return fail(EXIT_STATUS.io, `\`${file}\` is not a file`);
  } catch (e) {
    return fail(EXIT_STATUS.io, `cannot read \`${file}\`: ${(e as Error).message}`);
  }
  let mir: string;
  // Error locations point into the MIR: the file itself, or the cached MIR of a `.rs`.
  let mirPath = file;
  if (file.endsWith(".rs")) {
    try {
      ({ mir, path: mirPath } = await mirFor(file, { allowOtherRustc: p.opts.has("allow-rustc-version") }));
    } catch (e) {
      if (e instanceof RustcError) {
        if (e.diagnostics) writeAll("stderr", new TextEncoder().encode(e.diagnostics));
        return fail(EXIT_STATUS.compile, `compile: ${e.message}`);
      }
      return fail(EXIT_STATUS.io, `cannot compile \`${file}\`: ${(e as Error).message}`);
    }
  } else {
    try {
      mir = new TextDecoder("utf-8", { fatal: true }).decode(await Deno.readFile(file));
    } catch (e) {
      if (e instanceof TypeError) return fail(EXIT_STATUS.mirSyntax, `MirSyntaxError: ${file}: not UTF-8 text`);
      return fail(EXIT_STATUS.io, `cannot read \`${file}\`: ${(e as Error).message}`);
    }
  }
  let stdin: Uint8Array;
  const stdinFile = p.opts.get("stdin") as string | undefined;
  try {
    stdin = stdinFile !== undefined ? await Deno.readFile(stdinFile) : await readAllStdin();
  } catch (e) {
    return fail(EXIT_STATUS.io, `cannot read stdin file \`${stdinFile}\`: ${(e as Error).message}`);
  }
  const dir = sourceDirOf(file);
  const enc = new TextEncoder();
  const r = runProgram(
    {
      mir,
      mirPath,
      readSource: (name) => {
        try {
          return Deno.readTextFileSync(name.startsWith("/") ? name : join(dir, name));
        } catch {
          return undefined;
        }
      },
    },
    {
      stdin,
      args: p.rest,
      seed: p.opts.get("seed") as number | undefined,
      maxSteps: p.opts.get("max-steps") as number | undefined,
      shortIo: p.opts.has("short-io"),
      onStdout: (b) => writeAll("stdout", b),
      onStderr: (b) => writeAll("stderr", b),
      trace: p.opts.has("trace") ? (line) => writeAll("stderr", enc.encode(`trace: ${line}\n`)) : undefined,
    },
  );
  return r.exitCode;
}

async function readAllStdin(): Promise<Uint8Array> {
  if (Deno.stdin.isTerminal()) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  for await (const c of Deno.stdin.readable) chunks.push(c);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

if (import.meta.main) {
  let code: number;
  try {
    code = await main();
  } catch (e) {
    code = fail(EXIT_STATUS.internal, `internal: ${(e as Error)?.message ?? e}`);
  }
  Deno.exit(code);
}
