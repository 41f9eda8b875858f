/** Parsing of types, paths and generic arguments as rustc prints them in MIR. */

import type { ConstArg, FnSig, GenericArg, Lifetime, Path, PathSeg, SrcSpan, Ty } from "./ast.ts";
import { MirSyntaxError } from "../errors.ts";
import { Cursor, isDigit, isIdentStart, parseSpanText } from "./cursor.ts";

/** Names that denote primitive types when they appear as a single path segment. */
export const PRIMITIVES: ReadonlySet<string> = new Set([
  "bool",
  "char",
  "str",
  "i8",
  "i16",
  "i32",
  "i64",
  "i128",
  "isize",
  "u8",
  "u16",
  "u32",
  "u64",
  "u128",
  "usize",
  "f16",
  "f32",
  "f64",
  "f128",
]);

/** Where a path is being parsed: in a type (`Vec<u32>`) or as a value (`Vec::<u32>::new`). */
export type PathContext = "type" | "value";

/** Parser for types and paths; the body parser builds on it. */
export class TypesParser extends Cursor {
  /** A type. */
  ty(): Ty {
    this.ws();
    const c = this.peek();
    if (c === "&") {
      this.pos++;
      let region: string | undefined;
      if (this.peek() === "'") region = this.lifetime().name;
      const mut = this.eatKw("mut");
      return { k: "ref", mut, region, to: this.ty() };
    }
    if (c === "*") {
      this.pos++;
      let mut: boolean;
      if (this.eatKw("mut")) mut = true;
      else if (this.eatKw("const")) mut = false;
      else this.fail("`const` or `mut` after `*` in a raw pointer type");
      return { k: "ptr", mut, to: this.ty() };
    }
    if (c === "[") {
      this.pos++;
      const elem = this.ty();
      if (this.eat("]")) return { k: "slice", elem };
      this.expect(";");
      const len = this.constArgUntil("]");
      this.expect("]");
      return { k: "array", elem, len };
    }
    if (c === "(") {
      this.pos++;
      const elems: Ty[] = [];
      let trailingComma = false;
      while (!this.eat(")")) {
        elems.push(this.ty());
        trailingComma = this.eat(",");
        if (!trailingComma) {
          this.expect(")", "`,` or `)` in a tuple type");
          break;
        }
      }
      if (elems.length === 1 && !trailingComma) return elems[0]; // parenthesised type
      return { k: "tuple", elems };
    }
    if (c === "!") {
      this.pos++;
      return { k: "never" };
    }
    if (c === "{") {
      if (this.at("{closure@") || this.at("{coroutine@") || this.at("{coroutine-closure@")) {
        return this.closureTy();
      }
      this.fail("a type");
    }
    if (this.atKw("dyn")) {
      this.eatKw("dyn");
      const { bounds, region } = this.bounds();
      return { k: "dyn", bounds, region };
    }
    if (this.atKw("impl") && !this.at("impl at")) {
      this.eatKw("impl");
      return { k: "impl", bounds: this.bounds().bounds };
    }
    if (this.atKw("fn") || this.atKw("unsafe") || this.atKw("extern") || this.atKw("for")) {
      const sig = this.fnSig();
      const save = this.pos;
      this.hws();
      if (this.peek() === "{" && !this.at("{closure@")) {
        this.pos++;
        const path = this.path("value");
        this.expect("}", "`}` closing a fn item type");
        return { k: "fnDef", sig, path };
      }
      this.pos = save;
      return { k: "fnPtr", sig };
    }
    if (c === "<" || isIdentStart(this.src.charCodeAt(this.pos))) {
      const path = this.path("type");
      if (path.segs.length === 1 && !path.global) {
        const s = path.segs[0];
        if (s.k === "ident" && !s.args && !s.parens && PRIMITIVES.has(s.name)) return { k: "prim", name: s.name };
      }
      return { k: "adt", path };
    }
    return this.fail("a type");
  }

  /** `{closure@file:l:c: l:c}` (and coroutine variants). */
  private closureTy(): Ty {
    const at = this.pos;
    this.pos++; // {
    const what = this.src.slice(this.pos, this.src.indexOf("@", this.pos));
    this.pos += what.length + 1;
    const text = this.balanced("{", "}");
    const span = parseSpanText(text);
    if (!span) this.fail("a source span `file:l:c: l:c` in a closure type", at);
    return { k: "closure", span, what };
  }

  /** Trait bounds `A + B + 'a` for `dyn` and `impl` types. */
  private bounds(): { bounds: Path[]; region?: string } {
    const bounds: Path[] = [];
    let region: string | undefined;
    do {
      this.ws();
      if (this.peek() === "'") {
        region = this.lifetime().name;
        continue;
      }
      if (this.eatKw("for")) {
        // Higher-ranked bound: `for<'a> Fn(&'a u8)`; the binder is not needed after printing.
        this.expect("<");
        this.balanced("<", ">");
      }
      bounds.push(this.path("type"));
    } while (this.eatPlusBound());
    return { bounds, region };
  }

  /** Consumes ` + ` between bounds, but not a `+` that belongs to something else. */
  private eatPlusBound(): boolean {
    const save = this.pos;
    this.hws();
    if (this.peek() === "+") {
      this.pos++;
      this.hws();
      const c = this.src.charCodeAt(this.pos);
      if (isIdentStart(c) || this.peek() === "'" || this.peek() === "<") return true;
    }
    this.pos = save;
    return false;
  }

  /** A function pointer signature: `[for<…>] [unsafe] [extern "abi"] fn(A, B) -> R`. */
  fnSig(): FnSig {
    const sig: FnSig = { inputs: [], output: { k: "tuple", elems: [] } };
    if (this.eatKw("for")) {
      this.expect("<");
      sig.binder = this.balanced("<", ">").split(",").map((s) => s.trim()).filter((s) => s);
    }
    if (this.eatKw("unsafe")) sig.unsafe = true;
    if (this.eatKw("extern")) {
      sig.abi = this.stringLit();
    }
    if (!this.eatKw("fn")) this.fail("`fn` in a function pointer type");
    this.expect("(");
    while (!this.eat(")")) {
      if (this.eat("...")) {
        sig.variadic = true;
        this.expect(")");
        break;
      }
      sig.inputs.push(this.ty());
      if (!this.eat(",")) {
        this.expect(")", "`,` or `)` in a parameter list");
        break;
      }
    }
    if (this.eatArrow()) sig.output = this.ty();
    return sig;
  }

  /** Consumes ` -> ` if present on the current line. */
  eatArrow(): boolean {
    const save = this.pos;
    this.hws();
    if (this.at("->")) {
      this.pos += 2;
      return true;
    }
    this.pos = save;
    return false;
  }

  /** A lifetime `'a`, `'_`, `'static` or `'{erased}`. */
  lifetime(): Lifetime {
    this.ws();
    const start = this.pos;
    if (this.peek() !== "'") this.fail("a lifetime");
    this.pos++;
    if (this.peek() === "{") {
      this.pos++;
      this.balanced("{", "}");
    } else {
      if (!isIdentStart(this.src.charCodeAt(this.pos))) this.fail("a lifetime name");
      this.ident();
    }
    return { k: "lifetime", name: this.src.slice(start, this.pos) };
  }

  /** A path in type or value context. */
  path(ctx: PathContext): Path {
    this.ws();
    const segs: PathSeg[] = [];
    let global = false;
    if (this.at("::")) {
      global = true;
      this.pos += 2;
    }
    segs.push(this.firstSegment(ctx));
    for (;;) {
      const save = this.pos;
      if (!this.at("::")) break;
      this.pos += 2;
      if (this.peek() === "<" && !this.at("<impl ")) {
        // Turbofish generic arguments on the previous segment.
        const last = segs[segs.length - 1];
        if (last.k !== "ident" || last.args) {
          this.pos = save;
          break;
        }
        this.pos++;
        last.args = this.genericArgs();
        last.turbofish = true;
        continue;
      }
      segs.push(this.segment(ctx));
    }
    return { k: "path", segs, global };
  }

  private firstSegment(ctx: PathContext): PathSeg {
    if (this.at("<impl ") && !this.at("<impl at ")) {
      // `<impl [T]>::f` names an inherent impl; `<impl Fn() as Fn<()>>::call` is a qualified
      // path whose self type is an `impl Trait` parameter. Try the first, fall back to the second.
      const save = this.pos;
      try {
        return this.segment(ctx);
      } catch (e) {
        if (!(e instanceof MirSyntaxError)) throw e;
        this.pos = save;
      }
    }
    if (this.peek() === "<" && !this.at("<impl at ")) {
      this.pos++;
      const self = this.ty();
      let trait: Path | undefined;
      if (this.eatKw("as")) trait = this.path("type");
      this.expect(">", "`>` closing a qualified path");
      return { k: "qself", self, trait };
    }
    return this.segment(ctx);
  }

  private segment(ctx: PathContext): PathSeg {
    const at = this.pos;
    if (this.at("<impl at ")) {
      this.pos += "<impl at ".length;
      const text = this.balanced("<", ">");
      const span = parseSpanText(text);
      if (!span) this.fail("a span in `<impl at …>`", at);
      return { k: "implAt", span };
    }
    if (this.at("<impl ")) {
      this.pos += "<impl ".length;
      const ty = this.ty();
      this.expect(">", "`>` closing `<impl …>`");
      return { k: "implFor", ty };
    }
    if (this.peek() === "{") {
      this.pos++;
      const inner = this.balanced("{", "}");
      const m = /^([a-z_\-: ]+)#(\d+)$/.exec(inner);
      if (!m) this.fail("a disambiguated path segment like `{closure#0}`", at);
      return { k: "disamb", what: m[1], index: +m[2] };
    }
    const name = this.ident("a path segment");
    if (name === "promoted" && this.peek() === "[") {
      this.pos++;
      const index = this.uint();
      this.expect("]");
      return { k: "promoted", index };
    }
    const seg: PathSeg = { k: "ident", name };
    if (ctx === "type") {
      if (this.peek() === "<") {
        this.pos++;
        seg.args = this.genericArgs();
      } else if (this.peek() === "(") {
        // Fn-sugar: `Fn(u32) -> u32`.
        this.pos++;
        const inputs: Ty[] = [];
        while (!this.eat(")")) {
          inputs.push(this.ty());
          if (!this.eat(",")) {
            this.expect(")", "`,` or `)` in Fn-sugar arguments");
            break;
          }
        }
        seg.parens = { inputs };
        if (this.eatArrow()) seg.parens.output = this.ty();
      }
    }
    return seg;
  }

  /** Generic arguments after `<` up to the matching `>`. */
  genericArgs(): GenericArg[] {
    const args: GenericArg[] = [];
    while (!this.eat(">")) {
      args.push(this.genericArg());
      if (!this.eat(",")) {
        this.expect(">", "`,` or `>` in generic arguments");
        break;
      }
    }
    return args;
  }

  private genericArg(): GenericArg {
    this.ws();
    const c = this.peek();
    if (c === "'") return this.lifetime();
    if (isDigit(this.src.charCodeAt(this.pos)) || (c === "-" && isDigit(this.src.charCodeAt(this.pos + 1)))) {
      return this.constArgUntil(",>");
    }
    if (c === "{" && !this.at("{closure@") && !this.at("{coroutine")) {
      return this.constArgUntil(",>");
    }
    if (this.atKw("true") || this.atKw("false")) return this.constArgUntil(",>");
    if (this.peek() === "'" || c === "'") return this.lifetime();
    // `Name = Ty` association binding.
    const save = this.pos;
    if (isIdentStart(this.src.charCodeAt(this.pos))) {
      const name = this.ident();
      this.hws();
      if (this.peek() === "=" && this.peek(1) !== "=" && this.peek(1) !== ">") {
        this.pos++;
        return { k: "binding", name, ty: this.ty() };
      }
      this.pos = save;
    }
    return this.ty();
  }

  /** A const generic argument or array length, read up to one of `stops` at nesting depth 0. */
  constArgUntil(stops: string): ConstArg {
    this.ws();
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === "\n") break;
      if (depth === 0 && stops.includes(c)) break;
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === "}" || c === ")" || c === "]") {
        if (depth === 0) break;
        depth--;
      }
      this.pos++;
    }
    const text = this.src.slice(start, this.pos).trim();
    if (!text) this.fail("a const argument");
    const arg: ConstArg = { k: "constArg", text };
    const m = /^(-?\d+)(_?(?:[iu](?:8|16|32|64|128|size)))?$/.exec(text);
    if (m) arg.value = BigInt(m[1]);
    return arg;
  }
}

/** Source span helper re-exported for the parsers built on this one. */
export type { SrcSpan };
