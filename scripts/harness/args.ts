/** A small, strict command-line parser shared by the scripts: unknown options are usage errors. */

/** An option's spec: a flag (no value) or an option taking a value. */
export interface OptSpec {
  name: string;
  value?: "string" | "int";
}

/** Thrown for bad command lines; scripts print it with their usage text and exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Parsed command line: options by name, positionals, and everything after `--`. */
export interface Parsed {
  opts: Map<string, string | number | true>;
  positional: string[];
  rest: string[];
}

/** Parses `args` against `specs`; options may come before or after positionals; `--x=v` works. */
export function parseArgs(args: string[], specs: OptSpec[]): Parsed {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const opts = new Map<string, string | number | true>();
  const positional: string[] = [];
  let rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      rest = args.slice(i + 1);
      break;
    }
    if (!a.startsWith("--") || a === "-") {
      if (a.startsWith("-") && a !== "-" && a !== "-h") throw new UsageError(`unknown option \`${a}\``);
      if (a === "-h") opts.set("help", true);
      else positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown option \`--${name}\``);
    if (!spec.value) {
      if (eq >= 0) throw new UsageError(`\`--${name}\` takes no value`);
      opts.set(name, true);
      continue;
    }
    let v: string;
    if (eq >= 0) v = a.slice(eq + 1);
    else {
      if (i + 1 >= args.length) throw new UsageError(`\`--${name}\` needs a value`);
      v = args[++i];
    }
    if (spec.value === "int") {
      if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) {
        throw new UsageError(`\`--${name}\` needs a non-negative integer, got \`${v}\``);
      }
      opts.set(name, Number(v));
    } else opts.set(name, v);
  }
  return { opts, positional, rest };
}
