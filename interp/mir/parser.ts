/**
 * Parser for whole MIR files: bodies (functions, closures, consts, statics, promoteds), inline
 * constants and allocation dumps. Malformed input raises `MirSyntaxError`, never anything else.
 *
 * ```ts
 * const file = parseMir(await Deno.readTextFile("x.mir"), "x.mir");
 * ```
 */

import { asInterpError, MirSyntaxError } from "../errors.ts";
import type {
  Alloc,
  AllocPointer,
  BasicBlock,
  Body,
  BodyKind,
  ConstItem,
  DebugInfo,
  Item,
  LocalDecl,
  MirFile,
  Scope,
  Statement,
  Terminator,
} from "./ast.ts";
import { BodyParser } from "./body_parser.ts";
import { parseSpanText } from "./cursor.ts";

/** Parses MIR text; `file` names it in errors. Throws only `MirSyntaxError`. */
export function parseMir(text: string, file = "<mir>"): MirFile {
  const p = new ItemParser(text, file);
  try {
    return p.parseFile();
  } catch (e) {
    if (e instanceof MirSyntaxError) throw e;
    // Anything else is a parser bug (or the JavaScript stack overflowing on absurd nesting);
    // report it as a syntax error at the cursor so callers see one error type.
    try {
      return p.fail(`well-formed MIR (the parser stopped: ${asInterpError(e).message})`);
    } catch (syntax) {
      (syntax as MirSyntaxError).internal = true;
      throw syntax;
    }
  }
}

class ItemParser extends BodyParser {
  parseFile(): MirFile {
    const out: MirFile = { path: this.file, items: [], header: [] };
    let ctfe = false;
    for (;;) {
      this.ws();
      if (this.eof) break;
      if (this.at("//")) {
        const line = this.restOfLine();
        if (line.trim() === "// MIR FOR CTFE") ctfe = true;
        else if (out.items.length === 0) out.header.push(line);
        else this.fail("an item (`fn`, `const`, `static` or `allocN`)", this.pos - line.length);
        continue;
      }
      out.items.push(this.item(ctfe));
      ctfe = false;
    }
    return out;
  }

  private item(ctfe: boolean): Item {
    const at = this.pos;
    if (/^alloc\d+ /.test(this.src.slice(this.pos, this.pos + 16))) return this.alloc();
    let kind: BodyKind;
    if (this.eatKw("fn")) kind = "fn";
    else if (this.eatKw("const")) kind = "const";
    else if (this.eatKw("static")) kind = this.eatKw("mut") ? "static mut" : "static";
    else if (
      /^[^\n]*\{constant#\d+\}: [^\n]* = \{\n/.test(this.src.slice(this.pos, this.src.indexOf("\n", this.pos) + 1))
    ) {
      // An inline `const { … }` block's body: `main::{constant#0}: i32 = {`, printed without a keyword.
      kind = "inline const";
    } else return this.fail("an item (`fn`, `const`, `static` or `allocN`)");
    const name = this.path("value");
    const params: Body["params"] = [];
    let ret;
    if (kind === "fn") {
      this.expect("(", "`(` opening the parameter list");
      while (!this.eat(")")) {
        const local = this.local();
        this.expect(":");
        params.push({ local, ty: this.ty() });
        if (!this.eat(",")) {
          this.expect(")", "`,` or `)` in the parameter list");
          break;
        }
      }
      if (!this.eatArrow()) this.fail("`->` and the return type");
      ret = this.ty();
    } else {
      this.expect(":");
      ret = this.ty();
      this.expect("=");
      this.hws();
      if (this.atKw("const")) {
        this.eatKw("const");
        const value = this.constValue();
        this.expect(";");
        this.endOfLine();
        const item: ConstItem = { k: "constItem", name, ty: ret, value, at };
        return item;
      }
    }
    this.expect("{", "`{` opening the body");
    this.endOfLine();
    const root: Scope = { index: 0, debug: [], locals: [], children: [], at: this.pos };
    this.scopeContents(root);
    const blocks: BasicBlock[] = [];
    for (;;) {
      this.ws();
      if (this.peek() === "}") {
        this.pos++;
        this.endOfLine();
        break;
      }
      blocks.push(this.basicBlock(blocks.length));
    }
    if (blocks.length === 0) this.fail("at least one basic block", at);
    return { k: "body", kind, name, params, ret, root, blocks, ctfe, at };
  }

  /** Debug info, local declarations and child scopes, up to the first basic block or `}`. */
  private scopeContents(scope: Scope): void {
    for (;;) {
      this.ws();
      if (this.eof) this.fail("`}` or a basic block");
      if (this.peek() === "}" || /^bb\d+/.test(this.src.slice(this.pos, this.pos + 8))) return;
      const at = this.pos;
      if (this.eatKw("debug")) scope.debug.push(this.debugInfo(at));
      else if (this.eatKw("let")) scope.locals.push(this.localDecl(at));
      else if (this.eatKw("scope")) {
        const child: Scope = { index: this.uint("a scope number"), debug: [], locals: [], children: [], at };
        this.hws();
        if (this.peek() === "(") {
          this.pos++;
          child.inlined = this.balanced("(", ")");
        }
        this.expect("{");
        this.hws();
        if (this.at("// at ")) {
          this.pos += "// at ".length;
          const span = this.spanText();
          if (span) child.span = span;
        }
        this.endOfLine();
        this.scopeContents(child);
        this.expect("}", "`}` closing a scope");
        this.endOfLine();
        scope.children.push(child);
      } else this.fail("`debug`, `let`, `scope` or a basic block");
    }
  }

  private spanText() {
    const start = this.pos;
    return parseSpanText(this.restOfLine().trim()) ?? this.fail("a source span `file:l:c: l:c`", start);
  }

  private debugInfo(at: number): DebugInfo {
    this.ws();
    let name: string;
    let composite: string | undefined;
    if (this.peek() === "(") {
      const start = this.pos;
      const arrow = this.src.indexOf(" => ", this.pos);
      const eol = this.src.indexOf("\n", this.pos);
      if (arrow < 0 || (eol >= 0 && arrow > eol)) this.fail("` => ` in a debug line");
      composite = this.src.slice(start, arrow);
      this.pos = arrow;
      name = /^\(+([A-Za-z_][A-Za-z0-9_]*)/.exec(composite)?.[1] ?? composite;
    } else name = this.ident("a variable name");
    this.expect("=>");
    this.ws();
    let value: DebugInfo["value"];
    if (this.eatKw("const")) value = { k: "const", value: this.constValue() };
    else value = { k: "place", place: this.place() };
    this.expect(";");
    const c = this.scopeComment();
    this.endOfLine();
    return { name, composite, value, scope: c.scope, span: c.span, at };
  }

  private localDecl(at: number): LocalDecl {
    const mut = this.eatKw("mut");
    const local = this.local();
    this.expect(":");
    const ty = this.ty();
    let userTy: string[] | undefined;
    while (this.eatKw("as")) {
      this.ws();
      const start = this.pos;
      while (!this.eof && this.peek() !== ";" && this.peek() !== "\n") {
        if (this.peek() === "{") {
          this.pos++;
          this.balanced("{", "}");
        } else this.pos++;
      }
      (userTy ??= []).push(this.src.slice(start, this.pos).replace(/ as$/, "").trim());
    }
    this.expect(";");
    const c = this.scopeComment();
    this.endOfLine();
    return { local, mut, ty, userTy, scope: c.scope, span: c.span, returnPlace: c.returnPlace, at };
  }

  private basicBlock(expected: number): BasicBlock {
    const at = this.pos;
    const index = this.block();
    if (index !== expected) this.fail(`basic block bb${expected} (blocks are numbered in order)`, at);
    this.hws();
    const cleanup = this.eat("(cleanup)");
    this.expect(":");
    this.expect("{");
    this.endOfLine();
    const stmts: Statement[] = [];
    for (;;) {
      this.ws();
      if (this.peek() === "}") this.fail("a terminator before `}`");
      const sAt = this.pos;
      if (this.isLastInBlock()) {
        const kind = this.terminatorKind();
        const term = this.finishLine(kind, sAt) as Terminator;
        this.ws();
        this.expect("}", "`}` closing the basic block");
        this.endOfLine();
        return { index, cleanup, stmts, term, at };
      }
      stmts.push(this.finishLine(this.statementKind(), sAt) as Statement);
    }
  }

  /** `;`, the scope comment and any extra comment lines that follow a statement or terminator. */
  private finishLine<T extends object>(kind: T, at: number): T & { at: number } {
    this.expect(";", "`;` after a statement");
    const c = this.scopeComment();
    this.endOfLine();
    const node = { ...kind, at } as T & { at: number; scope?: number; span?: unknown; extra?: string[] };
    if (c.scope !== undefined) {
      node.scope = c.scope;
      node.span = c.span;
    }
    const extra: string[] = [];
    for (;;) {
      const save = this.pos;
      this.hws();
      if (this.at("//")) {
        this.pos += 2;
        const line = this.restOfLine();
        extra.push(line.startsWith(" ") ? line.slice(1) : line);
        this.endOfLine();
      } else {
        this.pos = save;
        break;
      }
    }
    if (extra.length) node.extra = extra;
    return node;
  }

  /** True if the line at the cursor is the last code line of its basic block (the terminator). */
  private isLastInBlock(): boolean {
    let i = this.src.indexOf("\n", this.pos);
    while (i >= 0) {
      let j = i + 1;
      while (j < this.src.length && (this.src[j] === " " || this.src[j] === "\t")) j++;
      if (this.src.startsWith("//", j)) {
        i = this.src.indexOf("\n", j);
        continue;
      }
      return this.src[j] === "}";
    }
    return true;
  }

  private alloc(): Alloc {
    const at = this.pos;
    this.expect("alloc");
    const id = this.uint();
    this.expect("(");
    const header = this.balanced("(", ")");
    let what: Alloc["what"] = { k: "memory" };
    let rest = header;
    let m: RegExpExecArray | null;
    if ((m = /^static: (.*?), (size: .*)$/.exec(header))) {
      const nameParser = new ItemParser(m[1], this.file);
      what = { k: "static", name: nameParser.path("value") };
      rest = m[2];
    } else if (header.startsWith("fn: ")) {
      what = { k: "fn", text: header.slice(4) };
      rest = "";
    } else if (header.startsWith("vtable: ")) {
      what = { k: "vtable", text: header.slice(8) };
      rest = "";
    } else if (header.startsWith("extern static: ")) {
      what = { k: "externStatic", text: header.slice(15) };
      rest = "";
    } else if (header === "deallocated") {
      what = { k: "deallocated" };
      rest = "";
    }
    const alloc: Alloc = { k: "alloc", id, what, size: 0, align: 1, bytes: [], pointers: [], at };
    if (rest === "") {
      this.endOfLine();
      return alloc;
    }
    const sm = /^size: (\d+), align: (\d+)$/.exec(rest);
    if (!sm) this.fail("`size: N, align: N` in an allocation header", at);
    alloc.size = +sm[1];
    alloc.align = +sm[2];
    this.hws();
    if (this.at("{}")) {
      this.pos += 2;
      this.endOfLine();
      if (alloc.size !== 0) this.fail("allocation bytes", at);
      return alloc;
    }
    this.expect("{");
    this.endOfLine();
    let pendingPtr: { offset: number; text: string } | undefined;
    for (;;) {
      this.hws();
      if (this.peek() === "}") {
        this.pos++;
        this.endOfLine();
        break;
      }
      if (this.eof) this.fail("`}` closing an allocation");
      const lineStart = this.pos;
      let line = this.restOfLine();
      this.endOfLine();
      const bar = line.lastIndexOf("│");
      if (bar < 0) this.fail("`│` separating bytes from their ASCII rendering", lineStart);
      line = line.slice(0, bar);
      const pm = /^\s*0x[0-9a-f]+ │ /.exec(line);
      if (pm) line = line.slice(pm[0].length);
      let i = 0;
      while (i < line.length) {
        const ch = line[i];
        if (ch === " ") {
          i++;
          continue;
        }
        if (pendingPtr || ch === "╾") {
          // A pointer: `╾───allocN+0xOFF<imm>───╼`, possibly continued on the next line.
          const start = i;
          const close = line.indexOf("╼", i);
          const end = close < 0 ? line.trimEnd().length : close + 1;
          const piece = line.slice(start, end);
          i = end;
          const text = (pendingPtr?.text ?? "") + piece;
          const offset = pendingPtr?.offset ?? alloc.bytes.length;
          if (close < 0) {
            pendingPtr = { offset, text };
            continue;
          }
          pendingPtr = undefined;
          alloc.pointers.push(this.allocPointer(text, offset, lineStart));
          while (alloc.bytes.length < offset + 8) alloc.bytes.push(-2);
          continue;
        }
        const tok = line.slice(i, i + 2);
        if (tok === "__") alloc.bytes.push(-1);
        else if (/^[0-9a-f]{2}$/.test(tok)) alloc.bytes.push(parseInt(tok, 16));
        else this.fail("a hex byte, `__` or a pointer in an allocation dump", lineStart + i);
        i += 2;
      }
    }
    if (pendingPtr) this.fail("the end of a pointer in an allocation dump");
    if (alloc.bytes.length !== alloc.size) {
      this.fail(`${alloc.size} bytes in allocation alloc${id} (found ${alloc.bytes.length})`, at);
    }
    return alloc;
  }

  private allocPointer(text: string, offset: number, at: number): AllocPointer {
    const m = /alloc(\d+)(?:\+0x([0-9a-f]+))?(<imm>)?/.exec(text);
    if (!m) this.fail("`allocN` inside a pointer in an allocation dump", at);
    return { offset, alloc: +m[1], addend: m[2] ? parseInt(m[2], 16) : 0, imm: !!m[3] };
  }
}
