/** Parsing of places, operands, constants, rvalues, statements and terminators. */

import type {
  BinOp,
  ConstValue,
  Operand,
  Place,
  Projection,
  Rvalue,
  StatementKind,
  TerminatorKind,
  UnOp,
  UnwindAction,
} from "./ast.ts";
import { isDigit, isIdentStart, parseSpanText } from "./cursor.ts";
import { TypesParser } from "./types_parser.ts";

const BIN_OPS: ReadonlySet<string> = new Set<BinOp>([
  "Add",
  "AddUnchecked",
  "AddWithOverflow",
  "Sub",
  "SubUnchecked",
  "SubWithOverflow",
  "Mul",
  "MulUnchecked",
  "MulWithOverflow",
  "Div",
  "Rem",
  "BitXor",
  "BitAnd",
  "BitOr",
  "Shl",
  "ShlUnchecked",
  "Shr",
  "ShrUnchecked",
  "Eq",
  "Lt",
  "Le",
  "Ne",
  "Ge",
  "Gt",
  "Cmp",
  "Offset",
]);
const UN_OPS: ReadonlySet<string> = new Set<UnOp>(["Not", "Neg", "PtrMetadata"]);
const NULLARY_OPS: ReadonlySet<string> = new Set(["SizeOf", "AlignOf", "OffsetOf", "UbChecks", "ContractChecks"]);

const INT_LIT = /^(-?\d+)_(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)\b/;
const FLOAT_LIT = /^(-?(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|inf)|NaN)(f16|f32|f64|f128)\b/;

/** Parser for the contents of basic blocks. */
export class BodyParser extends TypesParser {
  // ------------------------------------------------------------------------------------------
  // Places and operands

  /** A place such as `_1`, `(*_1)`, `((_1 as Some).0: u32)` or `_2[_3]`. */
  place(): Place {
    this.ws();
    const at = this.pos;
    let place: Place;
    if (this.peek() === "(") {
      this.pos++;
      if (this.peek() === "*") {
        this.pos++;
        place = this.place();
        this.expect(")", "`)` closing a dereference");
        place.proj.push({ k: "deref" });
      } else {
        place = this.place();
        this.hws();
        if (this.peek() === ".") {
          this.pos++;
          const index = this.uint("a field index");
          this.expect(":");
          const ty = this.ty();
          this.expect(")", "`)` closing a field projection");
          place.proj.push({ k: "field", index, ty });
        } else if (this.eatKw("as")) {
          place.proj.push(this.asProjection());
        } else {
          this.fail("`.N: T)` or ` as …)` in a place");
        }
      }
      place.at = at;
    } else {
      place = { local: this.local(), proj: [], at };
    }
    while (this.peek() === "[") {
      this.pos++;
      place.proj.push(this.bracketProjection());
    }
    return place;
  }

  private asProjection(): Projection {
    this.ws();
    if (this.eatKw("subtype")) {
      const ty = this.ty();
      this.expect(")");
      return { k: "subtype", ty };
    }
    if (this.at("variant#")) {
      this.pos += "variant#".length;
      const n = this.uint();
      this.expect(")");
      return { k: "downcast", variant: `variant#${n}` };
    }
    const save = this.pos;
    if (isIdentStart(this.src.charCodeAt(this.pos))) {
      const name = this.ident();
      if (this.eat(")")) return { k: "downcast", variant: name };
      this.pos = save;
    }
    const ty = this.ty();
    this.expect(")");
    return { k: "opaqueCast", ty };
  }

  private bracketProjection(): Projection {
    this.ws();
    if (this.peek() === "_") {
      const local = this.local();
      this.expect("]");
      return { k: "index", local };
    }
    if (this.peek() === ":") {
      this.pos++;
      this.expect("-");
      const to = this.uint();
      this.expect("]");
      return { k: "subslice", from: 0, to, fromEnd: true };
    }
    const neg = this.eat("-");
    const n = this.uint("an index");
    if (this.eatKw("of")) {
      const minLength = this.uint("a minimum length");
      this.expect("]");
      return { k: "constIndex", offset: n, minLength, fromEnd: neg };
    }
    if (neg) this.fail("` of N]` after a negative constant index");
    if (this.eat("..")) {
      const to = this.uint();
      this.expect("]");
      return { k: "subslice", from: n, to, fromEnd: false };
    }
    this.expect(":");
    if (this.eat("]")) return { k: "subslice", from: n, to: 0, fromEnd: true };
    this.expect("-");
    const to = this.uint();
    this.expect("]");
    return { k: "subslice", from: n, to, fromEnd: true };
  }

  /** An operand: `copy P`, `move P`, `const C`, or a fn item path. */
  operand(): Operand {
    this.ws();
    const at = this.pos;
    if (this.eatKw("copy")) return { k: "copy", place: this.place() };
    if (this.eatKw("move")) return { k: "move", place: this.place() };
    if (this.eatKw("const")) return { k: "const", value: this.constValue(), at };
    if (this.peek() === "_" && isDigit(this.src.charCodeAt(this.pos + 1))) {
      return { k: "copy", place: this.place() };
    }
    return { k: "const", value: { k: "path", path: this.path("value") }, fnItem: true, at };
  }

  // ------------------------------------------------------------------------------------------
  // Constants

  /** A constant value (the text after `const`, or an element of an aggregate constant). */
  constValue(): ConstValue {
    this.ws();
    const c = this.peek();
    const rest = this.src.slice(this.pos, this.pos + 64);
    if (this.eatKw("true")) return { k: "bool", value: true };
    if (this.eatKw("false")) return { k: "bool", value: false };
    if (c === "'") return { k: "char", value: this.charLit() };
    if (c === '"') return { k: "str", value: this.stringLit() };
    if (this.at('b"')) return { k: "bytes", value: this.byteStringLit(), deref: false };
    if (this.at("<static(DefId(")) {
      // `<static(DefId(0:10 ~ crate[1234]::TABLE))>`: a reference to a static item.
      const m = /^<static\(DefId\((\d+:\d+) ~ ([A-Za-z0-9_]+)\[([0-9a-f]+)\]((?:::[A-Za-z0-9_]+)+)\)\)>/.exec(
        this.src.slice(this.pos, this.pos + 400),
      );
      if (!m) return this.fail("a static reference `<static(DefId(N:N ~ crate[hash]::path))>`");
      this.pos += m[0].length;
      return { k: "staticRef", defId: m[1], crate: m[2], hash: m[3], name: m[4].slice(2) };
    }
    if (this.at('*b"')) {
      this.pos++;
      return { k: "bytes", value: this.byteStringLit(), deref: true };
    }
    const im = INT_LIT.exec(rest);
    if (im) {
      this.pos += im[0].length;
      return { k: "int", value: BigInt(im[1]), ty: im[2] };
    }
    const fm = FLOAT_LIT.exec(rest);
    if (fm) {
      this.pos += fm[0].length;
      return { k: "float", text: fm[1], ty: fm[2] };
    }
    if (c === "(") {
      this.pos++;
      const elems: ConstValue[] = [];
      while (!this.eat(")")) {
        elems.push(this.constValue());
        if (!this.eat(",")) {
          this.expect(")", "`,` or `)` in a tuple constant");
          break;
        }
      }
      return elems.length === 0 ? { k: "unit" } : { k: "tuple", elems };
    }
    if (c === "[") {
      this.pos++;
      const elems: ConstValue[] = [];
      while (!this.eat("]")) {
        elems.push(this.constValue());
        if (!this.eat(",")) {
          this.expect("]", "`,` or `]` in an array constant");
          break;
        }
      }
      return { k: "array", elems };
    }
    if (c === "{") return this.bracedConst();
    if (this.at("ZeroSized:")) {
      this.pos += "ZeroSized:".length;
      return { k: "zst", ty: this.ty() };
    }
    if (c === "<" || isIdentStart(this.src.charCodeAt(this.pos))) {
      const path = this.path("value");
      this.hws();
      if (this.peek() === "(") {
        this.pos++;
        const fields: ConstValue[] = [];
        while (!this.eat(")")) {
          fields.push(this.constValue());
          if (!this.eat(",")) {
            this.expect(")", "`,` or `)` in a constant");
            break;
          }
        }
        return { k: "adt", path, fields };
      }
      if (this.at("{ ")) {
        this.pos += 2;
        const fields: ConstValue[] = [];
        const names: string[] = [];
        while (!this.eat("}")) {
          names.push(this.ident("a field name"));
          this.expect(":");
          fields.push(this.constValue());
          if (!this.eat(",")) {
            this.expect("}", "`,` or `}` in a struct constant");
            break;
          }
        }
        return { k: "adt", path, fields, names };
      }
      return { k: "path", path };
    }
    return this.fail("a constant");
  }

  /** `{allocN: T}`, `{transmute(0x…): T}` or `{0x… as T}`. */
  private bracedConst(): ConstValue {
    const at = this.pos;
    this.pos++;
    const m = /^alloc(\d+)(?:<imm>)?: /.exec(this.src.slice(this.pos, this.pos + 32));
    if (m) {
      this.pos += m[0].length;
      const ty = this.ty();
      this.expect("}");
      return { k: "alloc", id: +m[1], ty };
    }
    if (this.at("transmute(0x")) {
      this.pos += "transmute(0x".length;
      const start = this.pos;
      while (/[0-9a-f_]/.test(this.peek())) this.pos++;
      const hex = this.src.slice(start, this.pos).replace(/_/g, "");
      this.expect(")");
      this.expect(":");
      const ty = this.ty();
      this.expect("}");
      return { k: "transmute", bits: BigInt("0x" + (hex || "0")), width: hex.length, ty };
    }
    if (this.at("0x")) {
      this.pos += 2;
      const start = this.pos;
      while (/[0-9a-f_]/.test(this.peek())) this.pos++;
      const hex = this.src.slice(start, this.pos).replace(/_/g, "");
      if (!this.eatKw("as")) this.fail("` as T` in an integer-to-pointer constant");
      const ty = this.ty();
      this.expect("}");
      return { k: "intPtr", bits: BigInt("0x" + (hex || "0")), ty };
    }
    return this.fail("`{allocN: T}`, `{transmute(…): T}` or `{0x… as T}`", at);
  }

  // ------------------------------------------------------------------------------------------
  // Rvalues

  /** The right-hand side of an assignment. */
  rvalue(): Rvalue {
    this.ws();
    const c = this.peek();
    if (c === "&") return this.refRvalue();
    if (c === "[") return this.bracketRvalue();
    if (c === "(") {
      this.pos++;
      const ops = this.operandList(")");
      return { k: "aggregate", kind: { k: "tuple" }, ops };
    }
    if (this.at("{closure@") || this.at("{coroutine@") || this.at("{coroutine-closure@")) {
      const t = this.ty();
      if (t.k !== "closure") this.fail("a closure aggregate");
      const { names, ops } = this.structFields();
      return { k: "aggregate", kind: { k: "closure", span: t.span, what: t.what, names }, ops };
    }
    if (this.at("*const ") || this.at("*mut ")) {
      const mut = this.at("*mut ");
      this.pos += mut ? 5 : 7;
      const pointee = this.ty();
      if (!this.eatKw("from")) this.fail("`from` in a raw pointer aggregate");
      this.expect("(");
      const ops = this.operandList(")");
      return { k: "aggregate", kind: { k: "rawPtr", mut, pointee }, ops };
    }
    if (this.atKw("copy") || this.atKw("move") || this.atKw("const")) {
      const op = this.operand();
      return this.maybeCast(op);
    }
    if (this.at("deref_copy ")) {
      this.pos += "deref_copy ".length;
      return { k: "copyForDeref", place: this.place() };
    }
    if (isIdentStart(this.src.charCodeAt(this.pos)) || c === "<") {
      const save = this.pos;
      if (isIdentStart(this.src.charCodeAt(this.pos))) {
        const name = this.ident();
        if (this.peek() === "(") {
          if (BIN_OPS.has(name)) {
            this.pos++;
            const a = this.operand();
            this.expect(",");
            const b = this.operand();
            this.expect(")");
            return { k: "binary", op: name as BinOp, a, b };
          }
          if (UN_OPS.has(name)) {
            this.pos++;
            const a = this.operand();
            this.expect(")");
            return { k: "unary", op: name as UnOp, a };
          }
          if (name === "discriminant") {
            this.pos++;
            const place = this.place();
            this.expect(")");
            return { k: "discriminant", place };
          }
          if (name === "Len") {
            this.pos++;
            const place = this.place();
            this.expect(")");
            return { k: "len", place };
          }
          if (name === "ShallowInitBox") {
            this.pos++;
            const op = this.operand();
            this.expect(",");
            const ty = this.ty();
            this.expect(")");
            return { k: "shallowInitBox", op, ty };
          }
          if (NULLARY_OPS.has(name)) {
            this.pos++;
            if (this.eat(")")) return { k: "nullary", op: name };
            const ty = this.ty();
            let extra: string | undefined;
            if (this.eat(",")) {
              this.ws();
              extra = this.constArgUntil(")").text;
            }
            this.expect(")");
            return { k: "nullary", op: name, ty, extra };
          }
        }
        this.pos = save;
      }
      // An ADT aggregate (`Path`, `Path(ops)`, `Path { f: op }`) or a fn item operand.
      const path = this.path("value");
      const afterPath = this.pos;
      this.hws();
      if (this.peek() === "(") {
        this.pos++;
        const ops = this.operandList(")");
        return { k: "aggregate", kind: { k: "adt", path, style: "tuple" }, ops };
      }
      if (this.at("{ ")) {
        const { names, ops } = this.structFields();
        return { k: "aggregate", kind: { k: "adt", path, style: "struct", names }, ops };
      }
      if (this.atKw("as")) {
        this.pos = afterPath;
        return this.maybeCast({ k: "const", value: { k: "path", path }, fnItem: true, at: save });
      }
      this.pos = afterPath;
      return { k: "aggregate", kind: { k: "adt", path, style: "unit" }, ops: [] };
    }
    return this.fail("an rvalue");
  }

  private maybeCast(op: Operand): Rvalue {
    const save = this.pos;
    this.hws();
    if (this.eatKw("as")) {
      const ty = this.ty();
      this.expect("(", "`(CastKind)` after a cast type");
      const kind = this.balanced("(", ")");
      return { k: "cast", op, ty, kind };
    }
    this.pos = save;
    return { k: "use", op };
  }

  private refRvalue(): Rvalue {
    this.pos++; // &
    if (this.at("raw ")) {
      this.pos += 4;
      let mut: boolean;
      if (this.eatKw("mut")) mut = true;
      else if (this.eatKw("const")) mut = false;
      else this.fail("`const` or `mut` after `&raw`");
      const fake = this.eat("(fake)");
      return { k: "rawRef", mut, fake: fake || undefined, place: this.place() };
    }
    if (this.at("/*tls*/ ")) {
      this.pos += "/*tls*/ ".length;
      const mut = this.eatKw("mut");
      return { k: "threadLocalRef", mut, path: this.path("value") };
    }
    if (this.at("fake shallow ")) {
      this.pos += "fake shallow ".length;
      return { k: "ref", kind: "fake shallow", place: this.place() };
    }
    if (this.at("fake ")) {
      this.pos += "fake ".length;
      return { k: "ref", kind: "fake", place: this.place() };
    }
    if (this.eatKw("mut")) return { k: "ref", kind: "mut", place: this.place() };
    return { k: "ref", kind: "shared", place: this.place() };
  }

  private bracketRvalue(): Rvalue {
    this.pos++; // [
    if (this.eat("]")) return { k: "aggregate", kind: { k: "array" }, ops: [] };
    const first = this.operand();
    if (this.eat(";")) {
      const count = this.constArgUntil("]");
      this.expect("]");
      return { k: "repeat", op: first, count };
    }
    const ops = [first];
    if (this.eat(",")) ops.push(...this.operandList("]"));
    else this.expect("]", "`,`, `;` or `]` in an array");
    return { k: "aggregate", kind: { k: "array" }, ops };
  }

  /** Operands separated by commas up to `close` (consumed); a trailing comma is allowed. */
  operandList(close: string): Operand[] {
    const ops: Operand[] = [];
    while (!this.eat(close)) {
      ops.push(this.operand());
      if (!this.eat(",")) {
        this.expect(close, `\`,\` or \`${close}\``);
        break;
      }
    }
    return ops;
  }

  /** ` { name: op, … }` after a struct or closure aggregate's name. */
  private structFields(): { names: string[]; ops: Operand[] } {
    this.expect("{");
    const names: string[] = [];
    const ops: Operand[] = [];
    while (!this.eat("}")) {
      this.ws();
      const name = isDigit(this.src.charCodeAt(this.pos)) ? String(this.uint()) : this.ident("a field name");
      names.push(name);
      this.expect(":");
      ops.push(this.operand());
      if (!this.eat(",")) {
        this.expect("}", "`,` or `}` in a struct aggregate");
        break;
      }
    }
    return { names, ops };
  }

  // ------------------------------------------------------------------------------------------
  // Statements and terminators

  /** A statement (without its `;`). */
  statementKind(): StatementKind {
    this.ws();
    const kwCall = (kw: string): boolean => {
      if (this.at(kw + "(")) {
        this.pos += kw.length + 1;
        return true;
      }
      return false;
    };
    if (kwCall("StorageLive")) {
      const local = this.local();
      this.expect(")");
      return { k: "storageLive", local };
    }
    if (kwCall("StorageDead")) {
      const local = this.local();
      this.expect(")");
      return { k: "storageDead", local };
    }
    if (kwCall("Deinit")) {
      const place = this.place();
      this.expect(")");
      return { k: "deinit", place };
    }
    if (kwCall("PlaceMention")) {
      const place = this.place();
      this.expect(")");
      return { k: "placeMention", place };
    }
    if (kwCall("discriminant")) {
      const place = this.place();
      this.expect(")");
      this.expect("=");
      const variant = this.uint("a variant index");
      return { k: "setDiscriminant", place, variant };
    }
    if (kwCall("assume")) {
      const op = this.operand();
      this.expect(")");
      return { k: "assume", op };
    }
    if (kwCall("copy_nonoverlapping")) {
      this.expect("dst");
      this.expect("=");
      const dst = this.operand();
      this.expect(",");
      this.expect("src");
      this.expect("=");
      const src = this.operand();
      this.expect(",");
      this.expect("count");
      this.expect("=");
      const count = this.operand();
      this.expect(")");
      return { k: "copyNonOverlapping", dst, src, count };
    }
    for (
      const [kw, k] of [
        ["Retag", "retag"],
        ["FakeRead", "fakeRead"],
        ["AscribeUserType", "ascribeUserType"],
        ["BackwardIncompatibleDropHint", "backwardIncompatibleDropHint"],
      ] as const
    ) {
      if (kwCall(kw)) return { k, text: this.balanced("(", ")") };
    }
    if (this.at("Coverage::")) {
      const start = this.pos;
      while (!this.eof && this.peek() !== ";" && this.peek() !== "\n") this.pos++;
      return { k: "coverage", text: this.src.slice(start + "Coverage::".length, this.pos) };
    }
    if (this.eatKw("ConstEvalCounter")) return { k: "constEvalCounter" };
    if (this.eatKw("nop")) return { k: "nop" };
    const place = this.place();
    this.expect("=", "`=` in an assignment");
    return { k: "assign", place, rvalue: this.rvalue() };
  }

  /** A terminator (without its `;`). */
  terminatorKind(): TerminatorKind {
    this.ws();
    if (this.eatKw("goto")) {
      this.expectArrow();
      return { k: "goto", target: this.block() };
    }
    if (this.at("switchInt(")) {
      this.pos += "switchInt(".length;
      const discr = this.operand();
      this.expect(")");
      this.expectArrow();
      this.expect("[");
      const values: bigint[] = [];
      const targets: number[] = [];
      let otherwise = -1;
      while (!this.eat("]")) {
        this.ws();
        if (this.eatKw("otherwise")) {
          this.expect(":");
          otherwise = this.block();
        } else {
          const start = this.pos;
          while (isDigit(this.src.charCodeAt(this.pos))) this.pos++;
          if (start === this.pos) this.fail("a switch value or `otherwise`");
          values.push(BigInt(this.src.slice(start, this.pos)));
          this.expect(":");
          targets.push(this.block());
        }
        if (!this.eat(",")) {
          this.expect("]", "`,` or `]` in switch targets");
          break;
        }
      }
      if (otherwise < 0) this.fail("an `otherwise` target in switchInt");
      return { k: "switchInt", discr, values, targets, otherwise };
    }
    if (this.eatKw("return")) return { k: "return" };
    if (this.eatKw("resume")) return { k: "resume" };
    if (this.eatKw("unreachable")) return { k: "unreachable" };
    if (this.at("terminate(")) {
      this.pos += "terminate(".length;
      return { k: "terminate", reason: this.balanced("(", ")") };
    }
    if (this.at("drop(")) {
      this.pos += "drop(".length;
      const place = this.place();
      this.expect(")");
      const t = this.targets(["return"]);
      return { k: "drop", place, target: t.get("return")!, unwind: t.unwind };
    }
    if (this.at("assert(")) {
      this.pos += "assert(".length;
      const expected = !this.eat("!");
      const cond = this.operand();
      this.expect(",");
      const msg = this.stringLit();
      const msgArgs: Operand[] = [];
      while (this.eat(",")) msgArgs.push(this.operand());
      this.expect(")");
      const t = this.targets(["success"]);
      return { k: "assert", cond, expected, msg, msgArgs, target: t.get("success")!, unwind: t.unwind };
    }
    if (this.eatKw("falseEdge")) {
      const t = this.targets(["real", "imaginary"]);
      return { k: "falseEdge", real: t.get("real")!, imaginary: t.get("imaginary")! };
    }
    if (this.eatKw("falseUnwind")) {
      const t = this.targets(["real"]);
      return { k: "falseUnwind", real: t.get("real")!, unwind: t.unwind };
    }
    if (this.eatKw("tailcall")) {
      const func = this.operand();
      this.expect("(");
      const args = this.operandList(")");
      return { k: "tailCall", func, args };
    }
    const dest = this.place();
    this.expect("=", "`=` in a call");
    const func = this.calleeOperand();
    this.expect("(", "`(` opening call arguments");
    const args = this.operandList(")");
    const t = this.targets(["return"], true);
    return { k: "call", dest, func, args, target: t.get("return"), unwind: t.unwind };
  }

  /** The callee of a call: a fn item path or an operand holding a fn pointer or closure. */
  private calleeOperand(): Operand {
    this.ws();
    const at = this.pos;
    if (this.atKw("copy") || this.atKw("move") || this.atKw("const")) return this.operand();
    if (this.peek() === "_" && isDigit(this.src.charCodeAt(this.pos + 1))) return this.operand();
    return { k: "const", value: { k: "path", path: this.path("value") }, fnItem: true, at };
  }

  private expectArrow(): void {
    if (!this.eatArrow()) this.fail("`->`");
  }

  /**
   * Successor targets: ` -> bbN`, ` -> unwind continue` or ` -> [label: bbN, …, unwind …]`.
   * `labels` are the successors always present; for calls the return target is optional.
   */
  private targets(
    labels: string[],
    optionalFirst = false,
  ): { get(l: string): number | undefined; unwind: UnwindAction } {
    const found = new Map<string, number>();
    let unwind: UnwindAction | undefined;
    const save = this.pos;
    if (!this.eatArrow()) {
      this.pos = save;
      if (optionalFirst) return { get: () => undefined, unwind: { k: "continue" } };
      this.fail("`->` and successor blocks");
    }
    this.ws();
    if (this.at("unwind ")) {
      unwind = this.unwindAction();
    } else if (this.peek() === "[") {
      this.pos++;
      while (!this.eat("]")) {
        this.ws();
        if (this.at("unwind ")) unwind = this.unwindAction();
        else {
          const label = this.ident("a successor label");
          this.expect(":");
          const bb = this.block();
          if (label === "unwind") unwind = { k: "cleanup", target: bb };
          else found.set(label, bb);
        }
        if (!this.eat(",")) {
          this.expect("]", "`,` or `]` in successor targets");
          break;
        }
      }
    } else {
      // A single successor. For a call with no return target it is the cleanup block.
      const bb = this.block();
      if (optionalFirst) unwind = { k: "cleanup", target: bb };
      else found.set(labels[0], bb);
    }
    for (const l of labels) {
      if (!found.has(l) && !(optionalFirst && l === labels[0])) this.fail(`a \`${l}:\` successor`);
    }
    return { get: (l) => found.get(l), unwind: unwind ?? { k: "continue" } };
  }

  private unwindAction(): UnwindAction {
    this.expect("unwind");
    this.ws();
    if (this.eat(":")) return { k: "cleanup", target: this.block() };
    if (this.eatKw("continue")) return { k: "continue" };
    if (this.eatKw("unreachable")) return { k: "unreachable" };
    if (this.at("terminate(")) {
      this.pos += "terminate(".length;
      return { k: "terminate", reason: this.balanced("(", ")") };
    }
    return this.fail("`continue`, `unreachable`, `terminate(…)` or `: bbN` after `unwind`");
  }

  /** A trailing `// scope N at SPAN` comment on the current line, if present. */
  scopeComment(): { scope?: number; span?: ReturnType<typeof parseSpanText>; returnPlace?: boolean } {
    this.hws();
    if (!this.at("//")) return {};
    const start = this.pos;
    const text = this.restOfLine().slice(2).trim();
    const m = /^(?:bb\d+\[\d+\]: )?(return place )?(?:in )?scope (\d+) at (.*)$/.exec(text);
    if (!m) this.fail("a `// scope N at file:l:c: l:c` comment", start);
    const span = parseSpanText(m[3]);
    if (!span) this.fail("a source span in a scope comment", start);
    return { scope: +m[2], span, returnPlace: m[1] ? true : undefined };
  }
}
