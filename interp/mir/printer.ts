/**
 * Writes a MIR syntax tree back as text in the format rustc prints (comments aligned at column
 * 40, allocation dumps 16 bytes a line). `parseMir(printMir(f))` gives back `f` up to positions.
 */

import type {
  Alloc,
  AllocPointer,
  BasicBlock,
  Body,
  ConstItem,
  ConstValue,
  DebugInfo,
  FnSig,
  GenericArg,
  LocalDecl,
  MirFile,
  Operand,
  Path,
  PathSeg,
  Place,
  Rvalue,
  Scope,
  SrcSpan,
  Statement,
  Terminator,
  Ty,
  UnwindAction,
} from "./ast.ts";
import { NO_LOCATION } from "./cursor.ts";

const ALIGN = 40;
const INDENT = "    ";

/** Prints a whole MIR file. */
export function printMir(file: MirFile): string {
  const out: string[] = [...file.header];
  file.items.forEach((item, i) => {
    if (i > 0) out.push("");
    if (item.k === "body") {
      if (item.ctfe) out.push("// MIR FOR CTFE");
      printBody(item, out);
    } else if (item.k === "constItem") out.push(printConstItem(item));
    else printAlloc(item, out);
  });
  return out.join("\n") + "\n";
}

function withComment(text: string, comment: string | undefined): string {
  return comment === undefined ? text : `${text.padEnd(ALIGN)} // ${comment}`;
}

/** `file:l:c: l:c` or `no-location`. */
export function printSpan(s: SrcSpan): string {
  return s.file === NO_LOCATION ? NO_LOCATION : `${s.file}:${s.line}:${s.col}: ${s.endLine}:${s.endCol}`;
}

function scopeNote(scope: number | undefined, span: SrcSpan | undefined, prefix = ""): string | undefined {
  if (scope === undefined || !span) return undefined;
  return `${prefix}scope ${scope} at ${printSpan(span)}`;
}

function printBody(b: Body, out: string[]): void {
  const name = printPath(b.name);
  if (b.kind === "fn") {
    const params = b.params.map((p) => `_${p.local}: ${printTy(p.ty)}`).join(", ");
    out.push(`fn ${name}(${params}) -> ${printTy(b.ret)} {`);
  } else if (b.kind === "inline const") out.push(`${name}: ${printTy(b.ret)} = {`);
  else out.push(`${b.kind} ${name}: ${printTy(b.ret)} = {`);
  printScope(b.root, 1, out);
  out.push("");
  b.blocks.forEach((bb, i) => {
    if (i > 0) out.push("");
    printBlock(bb, out);
  });
  out.push("}");
}

function printScope(s: Scope, depth: number, out: string[]): void {
  const ind = INDENT.repeat(depth);
  for (const d of s.debug) out.push(withComment(`${ind}${printDebug(d)};`, scopeNote(d.scope, d.span, "in ")));
  for (const l of s.locals) {
    const note = scopeNote(l.scope, l.span, l.returnPlace ? "return place in " : "in ");
    out.push(withComment(`${ind}${printLocal(l)};`, note));
  }
  for (const c of s.children) {
    const head = `${ind}scope ${c.index}${c.inlined !== undefined ? ` (${c.inlined})` : ""} {`;
    out.push(c.span ? `${head.padEnd(ALIGN)} // at ${printSpan(c.span)}` : head);
    printScope(c, depth + 1, out);
    out.push(`${ind}}`);
  }
}

function printDebug(d: DebugInfo): string {
  const value = d.value.k === "place" ? printPlace(d.value.place) : `const ${printConst(d.value.value)}`;
  return `debug ${d.composite ?? d.name} => ${value}`;
}

function printLocal(l: LocalDecl): string {
  const user = (l.userTy ?? []).map((u) => ` as ${u}`).join("");
  return `let ${l.mut ? "mut " : ""}_${l.local}: ${printTy(l.ty)}${user}`;
}

function printBlock(bb: BasicBlock, out: string[]): void {
  out.push(`${INDENT}bb${bb.index}${bb.cleanup ? " (cleanup)" : ""}: {`);
  for (const s of bb.stmts) printLine(printStatement(s), s, out);
  printLine(printTerminator(bb.term), bb.term, out);
  out.push(`${INDENT}}`);
}

function printLine(text: string, node: Statement | Terminator, out: string[]): void {
  out.push(withComment(`${INDENT}${INDENT}${text};`, scopeNote(node.scope, node.span)));
  for (const e of node.extra ?? []) out.push(`${"".padEnd(ALIGN)} // ${e}`);
}

/** One statement as rustc's `Debug` prints it (without `;`). */
export function printStatement(s: Statement): string {
  switch (s.k) {
    case "assign":
      return `${printPlace(s.place)} = ${printRvalue(s.rvalue)}`;
    case "storageLive":
      return `StorageLive(_${s.local})`;
    case "storageDead":
      return `StorageDead(_${s.local})`;
    case "setDiscriminant":
      return `discriminant(${printPlace(s.place)}) = ${s.variant}`;
    case "deinit":
      return `Deinit(${printPlace(s.place)})`;
    case "placeMention":
      return `PlaceMention(${printPlace(s.place)})`;
    case "retag":
      return `Retag(${s.text})`;
    case "fakeRead":
      return `FakeRead(${s.text})`;
    case "ascribeUserType":
      return `AscribeUserType(${s.text})`;
    case "backwardIncompatibleDropHint":
      return `BackwardIncompatibleDropHint(${s.text})`;
    case "coverage":
      return `Coverage::${s.text}`;
    case "assume":
      return `assume(${printOperand(s.op)})`;
    case "copyNonOverlapping":
      return `copy_nonoverlapping(dst = ${printOperand(s.dst)}, src = ${printOperand(s.src)}, count = ${
        printOperand(s.count)
      })`;
    case "constEvalCounter":
      return "ConstEvalCounter";
    case "nop":
      return "nop";
  }
}

function printTargets(labels: [string, number][], unwind: UnwindAction | undefined): string {
  const succ = [...labels];
  if (unwind?.k === "cleanup") succ.push(["unwind", unwind.target]);
  const show = unwind !== undefined && unwind.k !== "cleanup";
  const unwindText = show ? `unwind ${printUnwind(unwind!)}` : "";
  if (succ.length === 0) return show ? ` -> ${unwindText}` : "";
  if (succ.length === 1 && !show) return ` -> bb${succ[0][1]}`;
  const parts = succ.map(([l, bb]) => `${l}: bb${bb}`);
  if (show) parts.push(unwindText);
  return ` -> [${parts.join(", ")}]`;
}

function printUnwind(u: UnwindAction): string {
  switch (u.k) {
    case "continue":
      return "continue";
    case "unreachable":
      return "unreachable";
    case "terminate":
      return `terminate(${u.reason})`;
    case "cleanup":
      return `bb${u.target}`;
  }
}

/** One terminator as rustc's `Debug` prints it (without `;`). */
export function printTerminator(t: Terminator): string {
  switch (t.k) {
    case "goto":
      return `goto -> bb${t.target}`;
    case "switchInt": {
      const arms = t.values.map((v, i) => `${v}: bb${t.targets[i]}`);
      arms.push(`otherwise: bb${t.otherwise}`);
      return `switchInt(${printOperand(t.discr)}) -> [${arms.join(", ")}]`;
    }
    case "return":
      return "return";
    case "resume":
      return "resume";
    case "unreachable":
      return "unreachable";
    case "terminate":
      return `terminate(${t.reason})`;
    case "drop":
      return `drop(${printPlace(t.place)})${printTargets([["return", t.target]], t.unwind)}`;
    case "call": {
      const head = `${printPlace(t.dest)} = ${printCallee(t.func)}(${t.args.map(printOperand).join(", ")})`;
      return head + printTargets(t.target === undefined ? [] : [["return", t.target]], t.unwind);
    }
    case "tailCall":
      return `tailcall ${printCallee(t.func)}(${t.args.map(printOperand).join(", ")})`;
    case "assert": {
      const args = [
        `${t.expected ? "" : "!"}${printOperand(t.cond)}`,
        rustString(t.msg),
        ...t.msgArgs.map(printOperand),
      ];
      return `assert(${args.join(", ")})${printTargets([["success", t.target]], t.unwind)}`;
    }
    case "falseEdge":
      return `falseEdge -> [real: bb${t.real}, imaginary: bb${t.imaginary}]`;
    case "falseUnwind":
      return `falseUnwind${printTargets([["real", t.real]], t.unwind)}`;
  }
}

function printCallee(op: Operand): string {
  return printOperand(op);
}

/** A place in rustc's notation. */
export function printPlace(p: Place): string {
  let pre = "";
  for (let i = p.proj.length - 1; i >= 0; i--) {
    const e = p.proj[i];
    if (e.k === "deref") pre += "(*";
    else if (e.k === "field" || e.k === "downcast" || e.k === "opaqueCast" || e.k === "subtype") pre += "(";
  }
  let post = "";
  for (const e of p.proj) {
    switch (e.k) {
      case "deref":
        post += ")";
        break;
      case "field":
        post += `.${e.index}: ${printTy(e.ty)})`;
        break;
      case "downcast":
        post += ` as ${e.variant})`;
        break;
      case "opaqueCast":
        post += ` as ${printTy(e.ty)})`;
        break;
      case "subtype":
        post += ` as subtype ${printTy(e.ty)})`;
        break;
      case "index":
        post += `[_${e.local}]`;
        break;
      case "constIndex":
        post += `[${e.fromEnd ? "-" : ""}${e.offset} of ${e.minLength}]`;
        break;
      case "subslice":
        if (!e.fromEnd) post += `[${e.from}..${e.to}]`;
        else if (e.to === 0) post += `[${e.from}:]`;
        else if (e.from === 0) post += `[:-${e.to}]`;
        else post += `[${e.from}:-${e.to}]`;
        break;
    }
  }
  return `${pre}_${p.local}${post}`;
}

/** An operand in rustc's notation. */
export function printOperand(op: Operand): string {
  switch (op.k) {
    case "copy":
      return `copy ${printPlace(op.place)}`;
    case "move":
      return `move ${printPlace(op.place)}`;
    case "const":
      return op.fnItem ? printConst(op.value) : `const ${printConst(op.value)}`;
  }
}

/** An rvalue in rustc's notation. */
export function printRvalue(r: Rvalue): string {
  switch (r.k) {
    case "use":
      return printOperand(r.op);
    case "repeat":
      return `[${printOperand(r.op)}; ${r.count.text}]`;
    case "ref": {
      const kind = r.kind === "shared" ? "" : `${r.kind} `;
      return `&${kind}${printPlace(r.place)}`;
    }
    case "rawRef":
      return `&raw ${r.mut ? "mut" : "const"} ${r.fake ? "(fake) " : ""}${printPlace(r.place)}`;
    case "threadLocalRef":
      return `&/*tls*/ ${r.mut ? "mut " : ""}${printPath(r.path)}`;
    case "len":
      return `Len(${printPlace(r.place)})`;
    case "cast":
      return `${printOperand(r.op)} as ${printTy(r.ty)} (${r.kind})`;
    case "binary":
      return `${r.op}(${printOperand(r.a)}, ${printOperand(r.b)})`;
    case "unary":
      return `${r.op}(${printOperand(r.a)})`;
    case "nullary":
      if (!r.ty) return `${r.op}()`;
      return `${r.op}(${printTy(r.ty)}${r.extra !== undefined ? `, ${r.extra}` : ""})`;
    case "discriminant":
      return `discriminant(${printPlace(r.place)})`;
    case "shallowInitBox":
      return `ShallowInitBox(${printOperand(r.op)}, ${printTy(r.ty)})`;
    case "copyForDeref":
      return `deref_copy ${printPlace(r.place)}`;
    case "aggregate": {
      const ops = r.ops.map(printOperand);
      const kind = r.kind;
      switch (kind.k) {
        case "array":
          return `[${ops.join(", ")}]`;
        case "tuple":
          return ops.length === 0 ? "()" : ops.length === 1 ? `(${ops[0]},)` : `(${ops.join(", ")})`;
        case "adt": {
          const name = printPath(kind.path);
          if (kind.style === "unit") return name;
          if (kind.style === "tuple") return `${name}(${ops.join(", ")})`;
          return `${name} { ${ops.map((o, i) => `${kind.names![i]}: ${o}`).join(", ")} }`;
        }
        case "closure": {
          const head = `{${kind.what}@${printSpan(kind.span)}}`;
          if (ops.length === 0) return head;
          return `${head} { ${ops.map((o, i) => `${kind.names[i]}: ${o}`).join(", ")} }`;
        }
        case "rawPtr":
          return `*${kind.mut ? "mut" : "const"} ${printTy(kind.pointee)} from (${ops.join(", ")})`;
      }
    }
  }
}

/** A constant value in rustc's notation (without the leading `const`). */
export function printConst(c: ConstValue): string {
  switch (c.k) {
    case "int":
      return `${c.value}_${c.ty}`;
    case "bool":
      return String(c.value);
    case "char":
      return rustChar(c.value);
    case "float":
      return `${c.text}${c.ty}`;
    case "unit":
      return "()";
    case "str":
      return rustString(c.value);
    case "bytes":
      return `${c.deref ? "*" : ""}b"${escapeBytes(c.value)}"`;
    case "path":
      return printPath(c.path);
    case "alloc":
      return `{alloc${c.id}: ${printTy(c.ty)}}`;
    case "staticRef":
      return `<static(DefId(${c.defId} ~ ${c.crate}[${c.hash}]::${c.name}))>`;
    case "zst":
      return `ZeroSized: ${printTy(c.ty)}`;
    case "tuple":
      return c.elems.length === 1 ? `(${printConst(c.elems[0])},)` : `(${c.elems.map(printConst).join(", ")})`;
    case "array":
      return `[${c.elems.map(printConst).join(", ")}]`;
    case "adt": {
      const name = printPath(c.path);
      if (!c.fields) return name;
      if (c.names) return `${name} { ${c.fields.map((f, i) => `${c.names![i]}: ${printConst(f)}`).join(", ")} }`;
      return `${name}(${c.fields.map(printConst).join(", ")})`;
    }
    case "transmute":
      return `{transmute(0x${c.bits.toString(16).padStart(c.width, "0")}): ${printTy(c.ty)}}`;
    case "intPtr":
      return `{0x${c.bits.toString(16)} as ${printTy(c.ty)}}`;
    case "cast":
      return `${printConst(c.value)} as ${printTy(c.ty)} (${c.kind})`;
  }
}

/** A type in rustc's notation. */
export function printTy(t: Ty): string {
  switch (t.k) {
    case "prim":
      return t.name;
    case "never":
      return "!";
    case "tuple":
      return t.elems.length === 1 ? `(${printTy(t.elems[0])},)` : `(${t.elems.map(printTy).join(", ")})`;
    case "ref":
      return `&${t.region ? t.region + " " : ""}${t.mut ? "mut " : ""}${printTy(t.to)}`;
    case "ptr":
      return `*${t.mut ? "mut" : "const"} ${printTy(t.to)}`;
    case "array":
      return `[${printTy(t.elem)}; ${t.len.text}]`;
    case "slice":
      return `[${printTy(t.elem)}]`;
    case "adt":
      return printPath(t.path);
    case "fnPtr":
      return printSig(t.sig);
    case "fnDef":
      return `${printSig(t.sig)} {${printPath(t.path)}}`;
    case "closure":
      return `{${t.what}@${printSpan(t.span)}}`;
    case "dyn":
      return `dyn ${[...t.bounds.map(printPath), ...(t.region ? [t.region] : [])].join(" + ")}`;
    case "impl":
      return `impl ${t.bounds.map(printPath).join(" + ")}`;
  }
}

function printSig(s: FnSig): string {
  let out = s.binder ? `for<${s.binder.join(", ")}> ` : "";
  if (s.unsafe) out += "unsafe ";
  if (s.abi !== undefined) out += `extern ${rustString(s.abi)} `;
  const inputs = s.inputs.map(printTy);
  if (s.variadic) inputs.push("...");
  out += `fn(${inputs.join(", ")})`;
  if (!(s.output.k === "tuple" && s.output.elems.length === 0)) out += ` -> ${printTy(s.output)}`;
  return out;
}

/** A path in rustc's notation. */
export function printPath(p: Path): string {
  return (p.global ? "::" : "") + p.segs.map(printSeg).join("::");
}

function printSeg(s: PathSeg): string {
  switch (s.k) {
    case "ident": {
      let out = s.name;
      if (s.parens) {
        out += `(${s.parens.inputs.map(printTy).join(", ")})`;
        if (s.parens.output) out += ` -> ${printTy(s.parens.output)}`;
      }
      if (s.args) out += `${s.turbofish ? "::" : ""}<${s.args.map(printArg).join(", ")}>`;
      return out;
    }
    case "qself":
      return `<${printTy(s.self)}${s.trait ? ` as ${printPath(s.trait)}` : ""}>`;
    case "implFor":
      return `<impl ${printTy(s.ty)}>`;
    case "implAt":
      return `<impl at ${printSpan(s.span)}>`;
    case "disamb":
      return `{${s.what}#${s.index}}`;
    case "promoted":
      return `promoted[${s.index}]`;
  }
}

function printArg(a: GenericArg): string {
  switch (a.k) {
    case "lifetime":
      return a.name;
    case "constArg":
      return a.text;
    case "binding":
      return `${a.name} = ${printTy(a.ty)}`;
    default:
      return printTy(a);
  }
}

function printConstItem(c: ConstItem): string {
  return `const ${printPath(c.name)}: ${printTy(c.ty)} = const ${printConst(c.value)};`;
}

function printAlloc(a: Alloc, out: string[]): void {
  const w = a.what;
  let head: string;
  switch (w.k) {
    case "memory":
      head = `alloc${a.id} (size: ${a.size}, align: ${a.align})`;
      break;
    case "static":
      head = `alloc${a.id} (static: ${printPath(w.name)}, size: ${a.size}, align: ${a.align})`;
      break;
    case "fn":
      out.push(`alloc${a.id} (fn: ${w.text})`);
      return;
    case "vtable":
      out.push(`alloc${a.id} (vtable: ${w.text})`);
      return;
    case "externStatic":
      out.push(`alloc${a.id} (extern static: ${w.text})`);
      return;
    case "deallocated":
      out.push(`alloc${a.id} (deallocated)`);
      return;
  }
  if (a.size === 0) {
    out.push(`${head} {}`);
    return;
  }
  out.push(`${head} {`);
  const ptrAt = new Map<number, AllocPointer>(a.pointers.map((p) => [p.offset, p]));
  const multi = a.size > 16;
  const width = Math.max(1, a.size.toString(16).length);
  let carry: { text: string; bytes: number } | undefined; // rest of a pointer crossing a line end
  for (let line = 0; line < a.size; line += 16) {
    const cells: string[] = [];
    let ascii = "";
    let i = line;
    if (carry) {
      cells.push(carry.text);
      i += carry.bytes;
      ascii += "─".repeat(carry.bytes - 1) + "╼";
      carry = undefined;
    }
    while (i < Math.min(line + 16, a.size)) {
      const p = ptrAt.get(i);
      if (p) {
        const name = `alloc${p.alloc}${p.addend ? `+0x${p.addend.toString(16)}` : ""}${p.imm ? "<imm>" : ""}`;
        const room = line + 16 - i;
        if (room >= 8) {
          cells.push(`╾${center(name, 21)}╼`);
          ascii += "╾" + "─".repeat(6) + "╼";
        } else {
          cells.push(`╾${"─".repeat(room * 3 - 2)}`);
          ascii += "╾" + "─".repeat(room - 1);
          carry = { text: `${center(name, (8 - room) * 3 - 2)}╼`, bytes: 8 - room };
        }
        i += 8;
        continue;
      }
      const b = a.bytes[i];
      cells.push(b === -1 ? "__" : b.toString(16).padStart(2, "0"));
      ascii += b === -1 ? "░" : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
      i++;
    }
    const bytesText = cells.join(" ");
    const prefix = multi ? `0x${line.toString(16).padStart(width, "0")} │ ` : "";
    out.push(`${INDENT}${prefix}${bytesText.padEnd(47)} │ ${ascii}`);
  }
  out.push("}");
}

function center(s: string, width: number): string {
  if (s.length >= width) return s;
  const left = Math.floor((width - s.length) / 2);
  return "─".repeat(left) + s + "─".repeat(width - s.length - left);
}

/** A Rust string literal for `s`. */
export function rustString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else out += escapeControl(cp) ?? ch;
  }
  return out + '"';
}

function rustChar(cp: number): string {
  if (cp === 39) return "'\\''";
  if (cp === 92) return "'\\\\'";
  return `'${escapeControl(cp) ?? String.fromCodePoint(cp)}'`;
}

function escapeControl(cp: number): string | undefined {
  if (cp === 10) return "\\n";
  if (cp === 13) return "\\r";
  if (cp === 9) return "\\t";
  if (cp === 0) return "\\0";
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return `\\u{${cp.toString(16)}}`;
  return undefined;
}

function escapeBytes(b: Uint8Array): string {
  let out = "";
  for (const x of b) {
    if (x === 0x22) out += '\\"';
    else if (x === 0x5c) out += "\\\\";
    else if (x === 0x27) out += "\\'";
    else if (x === 10) out += "\\n";
    else if (x === 13) out += "\\r";
    else if (x === 9) out += "\\t";
    else if (x >= 0x20 && x < 0x7f) out += String.fromCharCode(x);
    else out += `\\x${x.toString(16).padStart(2, "0")}`;
  }
  return out;
}
