/**
 * Running processes for recordings and for the non-interpreter engines: a native binary in a
 * fresh temporary directory with an empty environment (how recordings are made), or an external
 * engine's shell command.
 */

import { decodeExact } from "./bytes.ts";
import { normalized } from "./normalize.ts";

/** The output of one native run (stderr normalised), as the recorder stores it. */
export interface NativeRun {
  stdout: string;
  stderr: string;
  exit: number;
  timedOut: boolean;
}

/** Default wall-clock limit of one native run. */
export const RUN_TIMEOUT_MS = 30_000;

/** A finished process: raw decoded output, exit status (128+N for signal N), whether it was killed. */
export interface ProcessRun {
  stdout: string;
  stderr: string;
  exit: number;
  timedOut: boolean;
}

const SIGNAL_NUMBERS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
};

/**
 * A bash script that closes every fd above 2 and then execs `$0`: native programs start with
 * exactly fds 0, 1 and 2, as they do in the interpreter.
 */
export const CLEAN_FDS_EXEC =
  'for f in /proc/$$/fd/*; do n=${f##*/}; if [ "$n" -gt 2 ] 2>/dev/null; then eval "exec $n>&-" 2>/dev/null; fi; done; exec "$0" "$@"';

/** The number of a signal (0 if unknown). */
export function signalNumber(sig: Deno.Signal): number {
  return SIGNAL_NUMBERS[sig] ?? 0;
}

/**
 * Spawns `cmd` in its own process group, feeds `stdin` (or /dev/null), and collects its output.
 * After `timeoutMs` the whole group is killed and `timedOut` set.
 */
export async function runProcess(
  cmd: string,
  args: string[],
  opts: { stdin?: Uint8Array; timeoutMs: number; cwd?: string; env?: Record<string, string>; clearEnv?: boolean },
): Promise<ProcessRun> {
  const child = new Deno.Command(cmd, {
    args,
    cwd: opts.cwd,
    clearEnv: opts.clearEnv,
    env: opts.env,
    stdin: opts.stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
    detached: true,
  }).spawn();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      Deno.kill(-child.pid, "SIGKILL");
    } catch {
      try {
        child.kill("SIGKILL");
      } catch { /* already gone */ }
    }
  }, opts.timeoutMs);
  try {
    if (opts.stdin) {
      const w = child.stdin.getWriter();
      await w.write(opts.stdin).catch(() => {});
      await w.close().catch(() => {});
    }
    const out = await child.output();
    return {
      stdout: decodeExact(out.stdout),
      stderr: decodeExact(out.stderr),
      exit: out.signal ? 128 + signalNumber(out.signal) : out.code,
      timedOut,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Runs a native binary once in a fresh temporary directory with an empty environment (raw output). */
export async function runBinary(binary: string, stdin: Uint8Array | undefined, timeoutMs: number): Promise<ProcessRun> {
  const cwd = await Deno.makeTempDir({ prefix: "fdc-run-" });
  try {
    // Through a shell that closes every inherited fd above 2 first: a parent's stray fds (CI
    // runners and terminals leave some open) would shift the fd numbers the program sees.
    return await runProcess("bash", ["-c", CLEAN_FDS_EXEC, binary], { stdin, timeoutMs, cwd, clearEnv: true, env: {} });
  } finally {
    await Deno.remove(cwd, { recursive: true }).catch(() => {});
  }
}

/** Runs a native binary once as the recorder does: clean environment, stderr normalised. */
export async function runNative(binary: string, stdin: Uint8Array | undefined): Promise<NativeRun> {
  const r = await runBinary(binary, stdin, RUN_TIMEOUT_MS);
  return { ...r, stderr: normalized(r.stderr) };
}

/** Quotes `s` for a POSIX shell. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** Placeholders of an external engine command. */
export interface CommandPlaceholders {
  mir: string;
  rs: string;
  case: string;
}

/**
 * The shell command line for one case: `{mir}`, `{rs}` and `{case}` are replaced by the shell-quoted
 * MIR path, Rust source path and case id; with no placeholder, the MIR path is appended.
 */
export function engineCommandLine(template: string, p: CommandPlaceholders): string {
  if (!/\{(mir|rs|case)\}/.test(template)) return `${template} ${shellQuote(p.mir)}`;
  return template.replace(/\{(mir|rs|case)\}/g, (_, k: keyof CommandPlaceholders) => shellQuote(p[k]));
}
