/**
 * The signature rustc prints for a called function item, read from the call's
 * `// + const_: Const { ty: for<'a> fn(&'a String) -> usize {String::len}, … }` comment. It lets the
 * compiler check the argument types of calls into std shims, whose MIR bodies are not available.
 */

import type { Terminator } from "../mir/ast.ts";
import type { Program, TypeEnv } from "./program.ts";
import type { RType } from "./types.ts";

/** A callee's parameters (the fixed ones of a C variadic like `fcntl`) and return type. */
export interface PrintedSignature {
  inputs: RType[];
  output?: RType;
  /** When the return type has a projection inside (`Option<<I as Iterator>::Item>`), its ADT's name. */
  outputHead?: string;
  variadic: boolean;
}

/**
 * The parameter and return types of the callee of `call` (no return type when it is a projection),
 * or undefined when rustc printed none the interpreter can read.
 */
export function printedSignature(
  prog: Program,
  call: Extract<Terminator, { k: "call" }>,
  env: TypeEnv,
): PrintedSignature | undefined {
  const line = call.extra?.find((l) => l.startsWith("+ const_: Const { ty: "));
  if (!line) return undefined;
  const body = line.slice("+ const_: Const { ty: ".length);
  const valAt = body.lastIndexOf(", val: ");
  if (valAt < 0) return undefined;
  let text = body.slice(0, valAt).trimEnd();
  // Drop the trailing `{path}` that names the function item.
  if (!text.endsWith("}")) return undefined;
  let depth = 0, i = text.length - 1;
  for (; i >= 0; i--) {
    if (text[i] === "}") depth++;
    else if (text[i] === "{" && --depth === 0) break;
  }
  if (i <= 0) return undefined;
  text = text.slice(0, i).trimEnd();
  // Only plain `fn(…) -> …` signatures; lifetimes and binders carry nothing the check needs.
  text = text.replace(/^for<[^>]*>\s*/, "").replace(/^unsafe\s+/, "").replace(/^extern\s+"[^"]*"\s+/, "").replace(
    /'(?:[a-z_]\w*|\{erased\})(?:\s*,\s*|\s+)?/g,
    "",
  )
    .replace(/<\s*>/g, "");
  if (!text.startsWith("fn(")) return undefined;
  // Associated-type projections (`<[T; N] as IntoIterator>::IntoIter`) are not normalised from
  // their printed form: a signature with one in its parameters is not checked, one in its return
  // type leaves the return type unchecked.
  const arrow = text.lastIndexOf(") -> ");
  const params = arrow < 0 ? text : text.slice(0, arrow + 1);
  // Opaque `impl Trait` types name no concrete type either.
  if (params.includes(">::") || /\bimpl\b/.test(text)) return undefined;
  const projectedOutput = arrow >= 0 && text.slice(arrow).includes(">::");
  const read = (t: string) => {
    try {
      const r = prog.resolveText(t, env, false, true);
      return r.k === "fnPtr" ? r : undefined;
    } catch {
      return undefined; // a type the interpreter cannot resolve from its printed form
    }
  };
  const variadic = /\.\.\.\s*\)/.test(params);
  const full = projectedOutput ? undefined : read(text);
  if (full) return { inputs: full.inputs, output: full.output, variadic };
  // The return type did not resolve (`Box<dyn Any + Send>`): check the parameters alone.
  const inputsOnly = read(params);
  if (!inputsOnly) return undefined;
  // `std::option::Option<<…>::Item>`: the outer ADT is still known.
  const head = arrow >= 0 ? /^(?:[a-z_][\w]*::)*([A-Z]\w*)</.exec(text.slice(arrow + 5))?.[1] : undefined;
  return { inputs: inputsOnly.inputs, outputHead: head, variadic };
}
