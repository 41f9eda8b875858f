/**
 * Compiles a body instance to a JavaScript function `run(m, f)`.
 *
 * Basic blocks become `case`s of a `switch` on `f.bb` inside a loop; locals are slots of `f.l`
 * (values for registers, addresses for memory locals); places become address arithmetic with
 * offsets computed at compile time. Each block charges its statement count to `m.steps` on entry
 * and returns to the scheduler when the slice is over. A call to another MIR body pushes a frame
 * and returns; a call to a shim is a plain JS call. Everything the generated code refers to
 * (instances, shims, constants) is passed in through a constant table.
 */

import { InternalError, InterpError, InvalidMir, Unsupported } from "../errors.ts";
import type {
  BasicBlock,
  BinOp,
  ConstValue,
  Operand,
  Place,
  Rvalue,
  SrcSpan,
  Statement,
  Terminator,
} from "../mir/ast.ts";
import { printOperand, printPath, printPlace } from "../mir/printer.ts";
import type { Instance, LocalInfo } from "./instance.ts";
import { firstUninitRead } from "./initcheck.ts";
import { successors } from "../mir/successors.ts";
import { type PrintedSignature, printedSignature } from "./signature.ts";
import { intSize, type Layout, layoutOf } from "./layout.ts";
import type { Machine } from "./machine.ts";
import { FatPtr } from "./memory.ts";
import { type IntName, isUnsized, type RType, showType } from "./types.ts";
import { PENDING } from "../shims/api.ts";

/** A compiled place: where it is and what it holds. */
interface PlaceRef {
  ty: RType;
  /** Register lvalue expression (`l[3]`), for register and split-field places. */
  reg?: string;
  /** Address expression, for places in memory. */
  addr?: string;
  /** Metadata expression for unsized places (slice length or vtable address). */
  meta?: string;
  /** Zero-sized place: no storage. */
  zst?: boolean;
  /** Selected enum variant after a downcast. */
  variant?: number;
}

/** A compiled operand: a JS expression and the operand's type. */
interface Val {
  code: string;
  ty: RType;
}

const SAFE = "9007199254740991";

/** Compiles `inst`; returns the run function. */
export function compileInstance(m: Machine, inst: Instance): (m: Machine, f: unknown) => void {
  return new BodyCompiler(m, inst).compile();
}

class BodyCompiler {
  private consts: unknown[] = [];
  private constIndex = new Map<unknown, number>();
  private out: string[] = [];
  private temps = 0;
  private maxTemps = 0;
  private readonly tt;
  private curBlock = 0;

  constructor(private m: Machine, private inst: Instance) {
    this.tt = m.prog.tt;
  }

  // --- constants and temporaries --------------------------------------------------------------------

  /** A name for a JS constant the code refers to. */
  k(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(v, i);
    }
    return `K${i}`;
  }

  private tmp(): string {
    const t = `t${this.temps++}`;
    if (this.temps > this.maxTemps) this.maxTemps = this.temps;
    return t;
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  compile(): (m: Machine, f: unknown) => void {
    const body = this.inst.body;
    const uninit = firstUninitRead(body, (l) => {
      const kind = this.inst.locals[l]?.kind;
      return kind === "reg" || kind === "mem" || kind === "split";
    });
    if (uninit) {
      throw new InvalidMir(
        `_${uninit.local} is read in bb${uninit.block} of ${this.inst.name} before every path to it has assigned it`,
        this.m.locationAt(this.inst.name, uninit.node),
      );
    }
    const blocks: string[] = [];
    for (const bb of body.blocks) {
      this.out = [];
      this.curBlock = bb.index;
      this.block(bb);
      blocks.push(`case ${bb.index}: {\n${this.out.join("\n")}\n}`);
    }
    const tempDecl = this.maxTemps > 0
      ? `let ${Array.from({ length: this.maxTemps }, (_, i) => `t${i}`).join(", ")};`
      : "";
    const constDecl = this.consts.map((_, i) => `const K${i} = K[${i}];`).join("\n");
    const src = `${constDecl}
return function run(m, f) {
  const l = f.l, mem = m.mem;
  ${tempDecl}
  for (;;) switch (f.bb) {
${blocks.join("\n")}
  default: throw new Error("bad block " + f.bb);
  }
};`;
    try {
      // deno-lint-ignore no-explicit-any
      return new Function("K", "PENDING", "FatPtr", "I", src)(this.consts, PENDING, FatPtr, this.m.intOps) as any;
    } catch (e) {
      throw new InternalError(`generated code for ${this.inst.name} does not compile: ${(e as Error).message}\n${src}`);
    }
  }

  // --- blocks, statements, terminators --------------------------------------------------------------

  private block(bb: BasicBlock): void {
    for (const target of successors(bb.term, true)) {
      if (this.inst.body.blocks[target]?.index !== target) {
        throw new InvalidMir(
          `bb${bb.index} jumps to bb${target}, which ${this.inst.name} does not have`,
          this.m.locationAt(this.inst.name, bb.term),
        );
      }
    }
    const cost = bb.stmts.length + 1;
    this.emit(`if (m.steps > m.limit) { f.bb = ${bb.index}; return; } m.steps += ${cost};`);
    for (let i = 0; i < bb.stmts.length; i++) {
      this.temps = 0;
      this.at(bb.stmts[i], () => this.statement(bb.stmts[i], bb.index, i));
    }
    this.temps = 0;
    this.at(bb.term, () => this.terminator(bb.term, bb.index));
  }

  /** Runs `compile`; an error it throws without a location gets the location of `node`. */
  private at(node: { at: number; span?: SrcSpan }, compile: () => void): void {
    try {
      compile();
    } catch (e) {
      if (e instanceof InterpError && e.location.mirFile === undefined && !e.location.rust) {
        e.location = this.m.locationAt(this.inst.name, node);
      }
      throw e;
    }
  }

  /**
   * Throws InvalidMir unless `got` can stand where `want` is expected. rustc's MIR never mixes
   * types; the check compares how values are held (size and representation) rather than type
   * names, which the interpreter does not always resolve to one spelling (`dyn Fn` and
   * `dyn std::ops::Fn`).
   */
  private expectType(want: RType, got: RType, what: string): void {
    if (want === got || want.key === got.key) return;
    let same: boolean;
    try {
      same = valueClass(want, this.tt) === valueClass(got, this.tt);
    } catch {
      return; // a type without a layout here (an unsubstituted parameter): the use reports it
    }
    if (same) return;
    throw new InvalidMir(`${what} has type ${showType(got)} where ${showType(want)} is expected`);
  }

  /** The operand and result types a binary operation needs. */
  private checkBinary(destTy: RType, op: BinOp, a: RType, b: RType): void {
    const scalar = (t: RType) =>
      t.k === "int" || t.k === "float" || t.k === "bool" || t.k === "char" || t.k === "ptr" || t.k === "fnPtr";
    if (!scalar(a) || !scalar(b)) {
      throw new InvalidMir(`${op} on ${showType(a)} and ${showType(b)}`);
    }
    if (op.startsWith("Shl") || op.startsWith("Shr")) {
      if (a.k !== "int" || b.k !== "int") throw new InvalidMir(`${op} on ${showType(a)} and ${showType(b)}`);
      this.expectType(destTy, a, `the result of ${op}`);
      return;
    }
    if (op === "Offset") return;
    this.expectType(a, b, `the right operand of ${op}`);
    if (op.endsWith("WithOverflow")) {
      const ok = destTy.k === "tuple" && destTy.elems.length === 2 && destTy.elems[0].key === a.key &&
        destTy.elems[1].k === "bool";
      if (!ok) throw new InvalidMir(`the result of ${op} on ${showType(a)} is stored in ${showType(destTy)}`);
      return;
    }
    if (op === "Eq" || op === "Ne" || op === "Lt" || op === "Le" || op === "Gt" || op === "Ge") {
      this.expectType(destTy, this.tt.bool, `the result of ${op}`);
      return;
    }
    if (op === "Cmp") return;
    this.expectType(destTy, a, `the result of ${op}`);
  }

  /** A direct call's arguments and destination must have the callee's parameter and return types. */
  private checkCallTypes(target: Instance, args: Val[], destTy: RType): void {
    const n = target.body.params.length;
    if (args.length !== n) {
      throw new InvalidMir(`${target.name} takes ${n} argument${n === 1 ? "" : "s"} but is called with ${args.length}`);
    }
    args.forEach((a, i) => this.expectType(target.locals[i + 1].ty, a.ty, `argument ${i + 1} of ${target.name}`));
    this.expectType(destTy, target.locals[0].ty, `the result of ${target.name}`);
  }

  /** A field projection's printed type (`(_1.0: i32)`) must fit the field it reaches. */
  private checkFieldType(actual: RType, printed: import("../mir/ast.ts").Ty, index: number): void {
    let want: RType;
    try {
      want = this.m.prog.resolve(printed, { params: this.inst.env });
    } catch {
      return; // a printed type the interpreter cannot resolve on its own: no check
    }
    this.expectType(want, actual, `field ${index}`);
  }

  /** A std call's arguments and destination must fit the signature rustc printed for it. */
  private checkSignature(sig: PrintedSignature, args: Val[], destTy: RType, name: string): void {
    const n = sig.inputs.length;
    if (sig.variadic ? args.length < n : args.length !== n) {
      throw new InvalidMir(`${name} takes ${n} argument${n === 1 ? "" : "s"} but is called with ${args.length}`);
    }
    sig.inputs.forEach((t, i) => this.expectType(t, args[i].ty, `argument ${i + 1} of ${name}`));
    if (sig.output) this.expectType(destTy, sig.output, `the result of ${name}`);
    else if (sig.outputHead && !(destTy.k === "adt" && destTy.def.name === sig.outputHead)) {
      throw new InvalidMir(`the result of ${name} has type ${sig.outputHead}<…> where ${showType(destTy)} is expected`);
    }
  }

  private locErr(what: string): never {
    throw new Unsupported(`${what} (in ${this.inst.name}, bb${this.curBlock})`);
  }

  private statement(s: Statement, bbIndex: number, i: number): void {
    switch (s.k) {
      case "assign": {
        const info = this.local(s.place.local);
        if (info.kind === "split" && s.place.proj.length === 0) {
          this.assignSplit(info, s.rvalue);
          return;
        }
        const dest = this.place(s.place);
        this.assign(dest, s.rvalue, s.place);
        return;
      }
      case "storageLive":
      case "storageDead":
      case "nop":
      case "placeMention":
      case "fakeRead":
      case "retag":
      case "ascribeUserType":
      case "coverage":
      case "constEvalCounter":
      case "backwardIncompatibleDropHint":
        return;
      case "setDiscriminant": {
        const p = this.place(s.place);
        this.writeTag(p, s.variant);
        return;
      }
      case "deinit":
        return;
      case "assume":
        return;
      case "copyNonOverlapping": {
        const dst = this.operand(s.dst), src = this.operand(s.src), count = this.operand(s.count);
        const elem = dst.ty.k === "ptr" || dst.ty.k === "ref" ? dst.ty.to : this.tt.u8;
        const size = layoutOf(elem, this.tt).size;
        this.emit(`mem.copy(${dst.code}, ${src.code}, Number(${count.code}) * ${size});`);
        return;
      }
    }
    void bbIndex;
    void i;
  }

  private terminator(t: Terminator, bb: number): void {
    switch (t.k) {
      case "goto":
        this.emit(`f.bb = ${t.target}; continue;`);
        return;
      case "switchInt": {
        const v = this.operand(t.discr);
        const tv = this.tmp();
        this.emit(`${tv} = ${v.code};`);
        const cases = t.values.map((raw, i) => {
          const lit = this.literalFor(v.ty, raw);
          return `if (${tv} === ${lit}) { f.bb = ${t.targets[i]}; continue; }`;
        });
        for (const c of cases) this.emit(c);
        this.emit(`f.bb = ${t.otherwise}; continue;`);
        return;
      }
      case "return":
        this.emit(`m.ret(f); return;`);
        return;
      case "resume":
        this.emit(`m.resume(f); return;`);
        return;
      case "unreachable":
        this.emit(`f.cur = ${bb}; m.unreachable(f);`);
        return;
      case "terminate":
        this.emit(`f.cur = ${bb}; m.abortUnwind(f); return;`);
        return;
      case "drop": {
        const p = this.place(t.place);
        if (!this.m.needsDrop(p.ty)) {
          this.emit(`f.bb = ${t.target}; continue;`);
          return;
        }
        const addr = this.addrOf(p);
        this.emit(`f.cur = ${bb}; f.bb = ${t.target};`);
        this.emit(`if (m.dropPlace(f, ${this.k(p.ty)}, ${addr}${p.meta ? `, ${p.meta}` : ""}) === PENDING) return;`);
        this.emit(`continue;`);
        return;
      }
      case "assert": {
        const c = this.operand(t.cond);
        const cond = t.expected ? `${c.code} !== 1` : `${c.code} !== 0`;
        const args = t.msgArgs.map((a) => this.operand(a).code);
        this.emit(`if (${cond}) { f.cur = ${bb}; m.assertFailed(f, ${this.k(t.msg)}, [${args.join(", ")}]); return; }`);
        this.emit(`f.bb = ${t.target}; continue;`);
        return;
      }
      case "call":
        this.call(t, bb);
        return;
      case "tailCall":
        this.locErr("tail calls (`become`) are not supported");
        return;
      case "falseEdge":
        this.emit(`f.bb = ${t.real}; continue;`);
        return;
      case "falseUnwind":
        this.emit(`f.bb = ${t.real}; continue;`);
        return;
    }
  }

  /** The JS literal a `switchInt` value (printed as unsigned bits) has for the operand's type. */
  private literalFor(ty: RType, raw: bigint): string {
    if (ty.k === "int") {
      const bits = BigInt(intSize(ty.name) * 8);
      const v = ty.signed ? BigInt.asIntN(Number(bits), raw) : BigInt.asUintN(Number(bits), raw);
      return jsInt(v);
    }
    return String(raw);
  }

  // --- places ---------------------------------------------------------------------------------------

  private local(i: number): LocalInfo {
    const info = this.inst.locals[i];
    if (!info || info.undeclared) throw new InvalidMir(`local _${i} is not declared in ${this.inst.name}`);
    return info;
  }

  /** Compiles a place; may emit statements that compute intermediate pointers into temps. */
  place(p: Place): PlaceRef {
    const info = this.local(p.local);
    let cur: PlaceRef;
    let projStart = 0;
    if (info.kind === "split") {
      const f0 = p.proj[0];
      if (!f0 || f0.k !== "field") throw new InvalidMir(`split local _${p.local} used whole in ${this.inst.name}`);
      const ty = (info.ty as Extract<RType, { k: "tuple" }>).elems[f0.index];
      if (!ty) throw new InvalidMir(`field ${f0.index} of ${showType(info.ty)} (_${p.local}) in ${this.inst.name}`);
      cur = { ty, reg: `l[${info.fieldRegs![f0.index]}]` };
      projStart = 1;
    } else if (info.kind === "reg") cur = { ty: info.ty, reg: `l[${p.local}]` };
    else if (info.kind === "zst") cur = { ty: info.ty, zst: true, addr: String(Math.max(1, info.layout.align)) };
    else cur = { ty: info.ty, addr: `l[${p.local}]` };
    for (let i = projStart; i < p.proj.length; i++) {
      const e = p.proj[i];
      switch (e.k) {
        case "deref":
          cur = this.deref(cur);
          break;
        case "field":
          cur = this.field(cur, e.index);
          this.checkFieldType(cur.ty, e.ty, e.index);
          break;
        case "downcast": {
          const t = cur.ty;
          if (t.k !== "adt") throw new InvalidMir(`downcast of non-enum ${showType(t)}`);
          const idx = e.variant.startsWith("variant#")
            ? Number(e.variant.slice(8))
            : t.def.variants.findIndex((v) => v.name === e.variant);
          if (idx < 0) throw new InvalidMir(`no variant ${e.variant} in ${showType(t)}`);
          cur = { ...cur, variant: idx };
          break;
        }
        case "index": {
          const elem = elemOf(cur.ty);
          const size = layoutOf(elem, this.tt).size;
          const it = this.local(e.local).ty;
          if (it.k !== "int" || it.name !== "usize") {
            throw new InvalidMir(`index _${e.local} has type ${showType(it)}, not usize`);
          }
          const idx = this.readLocalValue(e.local);
          cur = { ty: elem, addr: `(${this.addrOf(cur)} + ${idx} * ${size})`, zst: size === 0 };
          break;
        }
        case "constIndex": {
          const elem = elemOf(cur.ty);
          const size = layoutOf(elem, this.tt).size;
          let index: string;
          if (!e.fromEnd) index = String(e.offset);
          else if (cur.ty.k === "array") index = String(cur.ty.len - e.offset);
          else index = `(${cur.meta} - ${e.offset})`;
          cur = { ty: elem, addr: `(${this.addrOf(cur)} + ${index} * ${size})`, zst: size === 0 };
          break;
        }
        case "subslice": {
          const elem = elemOf(cur.ty);
          const size = layoutOf(elem, this.tt).size;
          const base = `(${this.addrOf(cur)} + ${e.from * size})`;
          if (cur.ty.k === "array") {
            const len = e.fromEnd ? cur.ty.len - e.from - e.to : e.to - e.from;
            cur = { ty: this.tt.array(elem, len), addr: base };
          } else {
            const meta = e.fromEnd ? `(${cur.meta} - ${e.from + e.to})` : String(e.to - e.from);
            cur = { ty: this.tt.slice(elem), addr: base, meta };
          }
          break;
        }
        case "opaqueCast":
        case "subtype":
          break;
      }
    }
    return cur;
  }

  private readLocalValue(local: number): string {
    const info = this.local(local);
    if (info.kind === "reg") return `l[${local}]`;
    return this.readMem(`l[${local}]`, info.ty);
  }

  private deref(p: PlaceRef): PlaceRef {
    const pt = p.ty;
    let pointee: RType;
    if (pt.k === "ref" || pt.k === "ptr") pointee = pt.to;
    else if (pt.k === "adt" && pt.def.name === "Box") pointee = pt.args[0];
    else throw new InvalidMir(`dereference of non-pointer type ${showType(pt)} in ${this.inst.name}`);
    if (pt.k === "adt") {
      // Box: its pointer is at offset 0 (Unique → NonNull → *const T).
      const inner = this.tt.ptr(pointee);
      return this.deref({ ty: inner, addr: this.addrOf(p) });
    }
    const value = this.readPlace(p);
    if (isUnsized(pointee)) {
      const t = this.tmp();
      this.emit(`${t} = ${value};`);
      return { ty: pointee, addr: `${t}.p`, meta: `${t}.m` };
    }
    if (layoutOf(pointee, this.tt).size === 0) return { ty: pointee, addr: value, zst: true };
    return { ty: pointee, addr: value };
  }

  private field(p: PlaceRef, index: number): PlaceRef {
    const l = layoutOf(p.ty, this.tt);
    const variant = p.variant ?? 0;
    const vl = l.variants[variant];
    const fl = vl?.fields[index];
    if (!fl) throw new InvalidMir(`field ${index} of ${showType(p.ty)} (variant ${variant}) in ${this.inst.name}`);
    const fLayout = layoutOf(fl.ty, this.tt);
    if (p.zst || fLayout.size === 0) return { ty: fl.ty, zst: true, addr: p.addr ?? "1" };
    return { ty: fl.ty, addr: fl.offset === 0 ? this.addrOf(p) : `(${this.addrOf(p)} + ${fl.offset})` };
  }

  /** The address expression of a place in memory. */
  private addrOf(p: PlaceRef): string {
    if (p.addr !== undefined) return p.addr;
    if (p.zst) return "1";
    throw new InternalError(`address of register place ${p.reg} in ${this.inst.name}`);
  }

  /** An expression reading the value of a place (for memory types: its address). */
  readPlace(p: PlaceRef): string {
    if (p.reg) return p.reg;
    if (p.zst) return "undefined";
    return this.readMem(this.addrOf(p), p.ty);
  }

  /** Reads a value of type `ty` at address expression `a` (memory types yield the address). */
  readMem(a: string, ty: RType): string {
    const l = layoutOf(ty, this.tt);
    if (l.size === 0 && l.repr !== "unsized") return "undefined";
    if (l.repr === "memory") return a;
    if (l.repr === "pair") return `mem.readFat(${a})`;
    switch (ty.k) {
      case "int":
        return intReader(ty.name, a);
      case "bool":
        return `mem.readU8(${a})`;
      case "char":
        return `mem.readU32(${a})`;
      case "float":
        return ty.bits === 32 ? `mem.readF32(${a})` : `mem.readF64(${a})`;
      default:
        return `mem.readPtr(${a})`;
    }
  }

  /** Emits a store of value expression `v` (of type `ty`) to address expression `a`. */
  writeMem(a: string, ty: RType, v: string): void {
    const l = layoutOf(ty, this.tt);
    if (l.size === 0) return;
    if (l.repr === "memory") {
      this.emit(`mem.copy(${a}, ${v}, ${l.size});`);
      return;
    }
    if (l.repr === "pair") {
      this.emit(`mem.writeFat(${a}, ${v});`);
      return;
    }
    switch (ty.k) {
      case "int":
        this.emit(intWriter(ty.name, a, v));
        return;
      case "bool":
        this.emit(`mem.writeU8(${a}, ${v});`);
        return;
      case "char":
        this.emit(`mem.writeU32(${a}, ${v});`);
        return;
      case "float":
        this.emit(ty.bits === 32 ? `mem.writeF32(${a}, ${v});` : `mem.writeF64(${a}, ${v});`);
        return;
      default:
        this.emit(`mem.writePtr(${a}, ${v});`);
    }
  }

  /** Emits a store of value expression `v` into a place. */
  private store(p: PlaceRef, v: string): void {
    if (p.reg) this.emit(`${p.reg} = ${v};`);
    else if (p.zst) this.emit(`${v};`);
    else this.writeMem(this.addrOf(p), p.ty, v);
  }

  // --- operands and constants ------------------------------------------------------------------------

  operand(o: Operand): Val {
    if (o.k === "const") return this.constant(o.value, !!o.fnItem);
    const p = this.place(o.place);
    if (p.reg) return { code: p.reg, ty: p.ty };
    // A memory operand of memory type is passed by address; copy into a temp when it is read
    // through a pointer that later code could change.
    return { code: this.readPlace(p), ty: p.ty };
  }

  /** A tuple aggregate needs one operand of the right type per field of the destination. */
  private checkTupleOperands(t: RType, ops: Operand[]): void {
    if (t.k !== "tuple" || t.elems.length !== ops.length) {
      throw new InvalidMir(`a tuple of ${ops.length} operands assigned to ${showType(t)}`);
    }
    ops.forEach((o, i) => this.expectType(t.elems[i], this.operandType(o), `tuple field ${i}`));
  }

  /** The type of an operand, without emitting the code that reads it. */
  private operandType(o: Operand): RType {
    const mark = this.out.length, temps = this.temps;
    const ty = this.operand(o).ty;
    this.out.length = mark;
    this.temps = temps;
    return ty;
  }

  private constant(c: ConstValue, fnItem: boolean): Val {
    const r = this.m.constValue(c, this.inst, fnItem);
    if (r.code !== undefined) return { code: r.code, ty: r.ty };
    return { code: this.k(r.value), ty: r.ty };
  }

  // --- rvalues ----------------------------------------------------------------------------------------

  private assign(dest: PlaceRef, r: Rvalue, destPlace: Place): void {
    switch (r.k) {
      case "use": {
        const v = this.operand(r.op);
        this.expectType(dest.ty, v.ty, "the assigned value");
        this.storeVal(dest, v);
        return;
      }
      case "copyForDeref": {
        const p = this.place(r.place);
        this.expectType(dest.ty, p.ty, "the assigned value");
        this.storeVal(dest, { code: this.readPlace(p), ty: p.ty });
        return;
      }
      case "repeat": {
        const v = this.operand(r.op);
        const elem = v.ty;
        if (dest.ty.k !== "array") throw new InvalidMir(`an array repeat expression assigned to ${showType(dest.ty)}`);
        this.expectType(dest.ty.elem, elem, "the repeated value");
        const size = layoutOf(elem, this.tt).size;
        const n = dest.ty.k === "array" ? dest.ty.len : Number(this.m.prog.evalConstExpr(r.count.text, []));
        if (size === 0 || n === 0) return;
        const base = this.addrOf(dest);
        const b = this.tmp(), t = this.tmp();
        this.emit(`${b} = ${base}; ${t} = ${v.code};`);
        if (size === 1 && elem.k !== "adt" && elem.k !== "tuple" && elem.k !== "array") {
          this.emit(`mem.fill(${b}, ${t} & 255, ${n});`);
          return;
        }
        const i = this.tmp();
        this.emit(`for (${i} = 0; ${i} < ${n}; ${i}++) {`);
        this.writeMem(`${b} + ${i} * ${size}`, elem, t);
        this.emit(`}`);
        return;
      }
      case "ref":
      case "rawRef": {
        const p = this.place(r.place);
        if (dest.ty.k !== "ref" && dest.ty.k !== "ptr") {
          throw new InvalidMir(`a reference to ${showType(p.ty)} assigned to ${showType(dest.ty)}`);
        }
        this.expectType(dest.ty.to, p.ty, "the referenced place");
        if (p.reg) throw new InternalError(`reference to register local in ${this.inst.name}: ${printPlace(r.place)}`);
        const a = this.addrOf(p);
        const v = isUnsized(p.ty) ? `new FatPtr(${a}, ${p.meta ?? "0"})` : a;
        this.store(dest, v);
        return;
      }
      case "threadLocalRef":
        this.locErr(`thread-local statics (${printPath(r.path)})`);
        return;
      case "len": {
        const p = this.place(r.place);
        this.store(dest, p.ty.k === "array" ? String(p.ty.len) : p.meta ?? "0");
        return;
      }
      case "cast":
        this.cast(dest, r.op, r.ty, r.kind);
        return;
      case "binary":
        this.binary(dest, r.op, this.operand(r.a), this.operand(r.b));
        return;
      case "unary":
        this.unary(dest, r.op, this.operand(r.a));
        return;
      case "nullary": {
        if (r.op === "UbChecks") this.store(dest, "1");
        else if (r.op === "ContractChecks") this.store(dest, "0");
        else if (r.ty) {
          const t = this.m.prog.resolve(r.ty, { params: this.inst.env });
          const l = layoutOf(t, this.tt);
          if (r.op === "SizeOf") this.store(dest, String(l.size));
          else if (r.op === "AlignOf") this.store(dest, String(l.align));
          else this.locErr(`the nullary operation ${r.op}`);
        } else this.locErr(`the nullary operation ${r.op}`);
        return;
      }
      case "discriminant": {
        const p = this.place(r.place);
        this.store(dest, this.readDiscriminant(p));
        return;
      }
      case "aggregate":
        this.aggregate(dest, r, destPlace);
        return;
      case "shallowInitBox": {
        const v = this.operand(r.op);
        this.writeMem(this.addrOf(dest), this.tt.usize, v.code);
        return;
      }
    }
  }

  /** Stores an operand value into a place, copying bytes for memory types. */
  private storeVal(dest: PlaceRef, v: Val): void {
    const l = layoutOf(v.ty, this.tt);
    if (l.size === 0) return;
    if (dest.reg) {
      this.emit(`${dest.reg} = ${v.code};`);
      return;
    }
    this.writeMem(this.addrOf(dest), dest.ty, v.code);
  }

  private aggregate(dest: PlaceRef, r: Extract<Rvalue, { k: "aggregate" }>, destPlace: Place): void {
    const kind = r.kind;
    const info = this.local(destPlace.local);
    if (kind.k === "tuple") this.checkTupleOperands(dest.ty, r.ops);
    else if (kind.k === "array") {
      const elem = elemOf(dest.ty);
      r.ops.forEach((o, i) => this.expectType(elem, this.operandType(o), `array element ${i}`));
    }
    if (info.kind === "split" && destPlace.proj.length === 0) {
      r.ops.forEach((o, i) => this.emit(`l[${info.fieldRegs![i]}] = ${this.operand(o).code};`));
      return;
    }
    switch (kind.k) {
      case "array": {
        const elem = elemOf(dest.ty);
        const size = layoutOf(elem, this.tt).size;
        const base = this.tmp();
        if (r.ops.length && size) this.emit(`${base} = ${this.addrOf(dest)};`);
        r.ops.forEach((o, i) => this.writeMem(`${base} + ${i * size}`, elem, this.operand(o).code));
        return;
      }
      case "tuple":
      case "closure": {
        if (dest.reg) {
          // A one-field aggregate of scalar representation (rare): store the field.
          if (r.ops.length === 1) this.emit(`${dest.reg} = ${this.operand(r.ops[0]).code};`);
          return;
        }
        this.writeFields(dest, 0, r.ops);
        return;
      }
      case "adt": {
        const t = dest.ty;
        if (t.k !== "adt") throw new InvalidMir(`ADT aggregate into ${showType(t)}`);
        // rustc may print just the variant (`InvalidInput` for `ErrorKind::InvalidInput`).
        const idents = kind.path.segs.flatMap((sg) => (sg.k === "ident" ? [sg.name] : []));
        const named = idents.includes(t.def.name) ||
          (t.def.kind === "enum" && t.def.variants.some((v) => v.name === idents[idents.length - 1]));
        if (!named) throw new InvalidMir(`a \`${printPath(kind.path)}\` value assigned to ${showType(t)}`);
        const ops = r.ops;
        if (t.def.kind === "enum") {
          const vname = variantName(kind.path);
          const idx = t.def.variants.findIndex((v) => v.name === vname);
          if (idx < 0) throw new InternalError(`variant ${vname} of ${showType(t)}`);
          this.writeFieldsOrdered(dest, idx, ops, kind.names, t);
          this.writeTag(dest, idx);
          return;
        }
        if (t.def.kind === "union") {
          // rustc prints a union literal with the name of the union's first field whatever the
          // active field is; the operand's type tells which field is written.
          const op = this.operand(ops[0]);
          const fields = layoutOf(t, this.tt).variants[0].fields;
          let fi = fields.findIndex((f) => f.ty === op.ty);
          if (fi < 0) fi = Math.max(0, t.def.variants[0].fields.findIndex((f) => f.name === kind.names?.[0]));
          const fl = fields[fi];
          this.writeMem(`(${this.addrOf(dest)} + ${fl.offset})`, fl.ty, op.code);
          return;
        }
        if (dest.reg) {
          if (ops.length === 1) this.emit(`${dest.reg} = ${this.operand(ops[0]).code};`);
          return;
        }
        this.writeFieldsOrdered(dest, 0, ops, kind.names, t);
        return;
      }
      case "rawPtr": {
        const p = this.operand(r.ops[0]);
        if (isUnsized(this.m.prog.resolve(kind.pointee, { params: this.inst.env }))) {
          const meta = this.operand(r.ops[1]);
          this.store(dest, `new FatPtr(${p.code}, ${meta.code})`);
        } else this.store(dest, p.code);
        return;
      }
    }
  }

  /** Writes struct/variant fields named in `names` (MIR lists them in declaration order). */
  private writeFieldsOrdered(
    dest: PlaceRef,
    variant: number,
    ops: Operand[],
    names: string[] | undefined,
    t: RType,
  ): void {
    if (!names) return this.writeFields(dest, variant, ops);
    const def = (t as Extract<RType, { k: "adt" }>).def;
    const fields = def.variants[variant].fields;
    const l = layoutOf(t, this.tt);
    const base = this.tmp();
    this.emit(`${base} = ${this.addrOf(dest)};`);
    names.forEach((n, i) => {
      const fi = fields.findIndex((f) => f.name === n);
      const fl = l.variants[variant].fields[fi];
      this.writeMem(`${base} + ${fl.offset}`, fl.ty, this.operand(ops[i]).code);
    });
  }

  private writeFields(dest: PlaceRef, variant: number, ops: Operand[]): void {
    const l = layoutOf(dest.ty, this.tt);
    const fields = l.variants[variant]?.fields ?? [];
    if (ops.length === 0) return;
    const base = this.tmp();
    this.emit(`${base} = ${this.addrOf(dest)};`);
    ops.forEach((o, i) => {
      const fl = fields[i];
      if (!fl) throw new InvalidMir(`aggregate field ${i} of ${showType(dest.ty)}`);
      this.writeMem(`${base} + ${fl.offset}`, fl.ty, this.operand(o).code);
    });
  }

  /** Emits the tag write for `variant` of the enum at `p`. */
  private writeTag(p: PlaceRef, variant: number): void {
    const l = layoutOf(p.ty, this.tt);
    const tag = l.tag;
    if (tag.k === "none") return;
    const a = this.addrOf(p);
    if (tag.k === "direct") {
      this.emit(intWriter(tag.int, `(${a} + ${tag.offset})`, jsInt(tag.values[variant])));
      return;
    }
    if (variant === tag.dataful) return;
    const bits = intSize(tag.int) * 8;
    const v = BigInt.asUintN(bits, tag.start + BigInt(variant - tag.first));
    this.emit(intWriter(tag.int, `(${a} + ${tag.offset})`, jsInt(v)));
  }

  /** An expression for the discriminant value of the enum at `p`. */
  private readDiscriminant(p: PlaceRef): string {
    const t = p.ty;
    if (t.k !== "adt" || t.def.kind !== "enum") return "0";
    const l = layoutOf(t, this.tt);
    const tag = l.tag;
    const discrs = t.def.variants.map((v) => v.discr);
    if (tag.k === "none") return jsInt(discrs[0] ?? 0n);
    const a = this.addrOf(p);
    if (tag.k === "direct") return intReader(tag.int, `(${a} + ${tag.offset})`);
    // Niche: decode the variant index, then map it to its discriminant.
    const raw = intReader(tag.int.replace(/^i/, "u") as IntName, `(${a} + ${tag.offset})`);
    return `${this.k(this.m.nicheDecoder(t, tag, discrs))}(${raw})`;
  }

  private cast(dest: PlaceRef, op: Operand, target0: import("../mir/ast.ts").Ty, kind: string): void {
    const v = this.operand(op);
    const to = this.m.prog.resolve(target0, { params: this.inst.env });
    const from = v.ty;
    this.expectType(dest.ty, to, "the cast's result");
    // The cast kinds whose source must be of one family (rustc picks the kind from the types).
    const family = from.k === "ref" || from.k === "ptr" || from.k === "fnPtr"
      ? "pointer"
      : from.k === "int" || from.k === "bool" || from.k === "char"
      ? "integer"
      : from.k === "float"
      ? "float"
      : "other";
    const needs: Record<string, string> = {
      IntToInt: "integer",
      IntToFloat: "integer",
      FloatToInt: "float",
      FloatToFloat: "float",
      PtrToPtr: "pointer",
      PointerExposeProvenance: "pointer",
    };
    if (needs[kind] && needs[kind] !== family && !(needs[kind] === "integer" && isCLikeEnum(from))) {
      throw new InvalidMir(`a ${kind} cast of ${showType(from)}`);
    }
    if (kind === "IntToInt") {
      if (to.k !== "int") return this.store(dest, v.code);
      if (from.k === "int" && fitsIn(from.name, to.name)) return this.store(dest, v.code);
      return this.store(dest, `I.wrap(${JSON.stringify(to.name)}, ${v.code})`);
    }
    if (kind === "IntToFloat") {
      const bits = to.k === "float" ? to.bits : 64;
      return this.store(dest, `I.intToFloat(${bits}, ${v.code})`);
    }
    if (kind === "FloatToInt") {
      return this.store(dest, `I.floatToInt(${JSON.stringify((to as { name: string }).name)}, ${v.code})`);
    }
    if (kind === "FloatToFloat") {
      return this.store(dest, to.k === "float" && to.bits === 32 ? `Math.fround(${v.code})` : v.code);
    }
    if (
      kind === "PtrToPtr" || kind === "FnPtrToPtr" || kind === "PointerExposeProvenance" ||
      kind === "PointerWithExposedProvenance"
    ) {
      const fromFat = layoutOf(from, this.tt).repr === "pair";
      const toFat = layoutOf(to, this.tt).repr === "pair";
      if (fromFat && !toFat) return this.store(dest, `${v.code}.p`);
      if (!fromFat && toFat) return this.store(dest, `new FatPtr(${v.code}, 0)`);
      if (kind === "PointerWithExposedProvenance") return this.store(dest, `Number(${v.code})`);
      return this.store(dest, v.code);
    }
    if (kind === "Transmute") {
      return this.transmute(dest, v, to);
    }
    if (kind.startsWith("PointerCoercion(")) {
      const inner = kind.slice("PointerCoercion(".length);
      if (inner.startsWith("Unsize")) return this.unsize(dest, v, to);
      if (inner.startsWith("ReifyFnPointer") || inner.startsWith("ClosureFnPointer")) {
        return this.store(dest, this.k(this.m.fnPointerFor(v.ty, this.inst)));
      }
      // MutToConstPointer, ArrayToPointer, UnsafeFnPointer: the value is unchanged (thin).
      if (layoutOf(from, this.tt).repr === "pair" && layoutOf(to, this.tt).repr !== "pair") {
        return this.store(dest, `${v.code}.p`);
      }
      return this.store(dest, v.code);
    }
    if (kind === "Subtype") return this.store(dest, v.code);
    this.locErr(`the cast kind ${kind}`);
  }

  private transmute(dest: PlaceRef, v: Val, to: RType): void {
    const fl = layoutOf(v.ty, this.tt), tl = layoutOf(to, this.tt);
    if (fl.size !== tl.size) {
      this.locErr(`transmute between types of different sizes (${showType(v.ty)} → ${showType(to)})`);
    }
    if (tl.size === 0) return;
    // Same scalar kind: value unchanged. Otherwise round-trip through a scratch buffer.
    if (sameScalarRepr(v.ty, to)) return this.store(dest, v.code);
    if (fl.repr === "memory" && dest.reg === undefined) {
      this.emit(`mem.copy(${this.addrOf(dest)}, ${v.code}, ${tl.size});`);
      return;
    }
    const s = this.tmp();
    this.emit(`${s} = m.scratch(${tl.size});`);
    this.writeMem(s, v.ty, v.code);
    if (dest.reg) this.emit(`${dest.reg} = ${this.readMem(s, to)};`);
    else this.emit(`mem.copy(${this.addrOf(dest)}, ${s}, ${tl.size});`);
  }

  private unsize(dest: PlaceRef, v: Val, to: RType): void {
    const from = v.ty;
    if ((from.k === "ref" || from.k === "ptr") && (to.k === "ref" || to.k === "ptr")) {
      // dyn → dyn (dropping auto traits, upcasting): the vtable stays.
      if (from.to.k === "dyn") return this.store(dest, v.code);
      return this.store(dest, `new FatPtr(${v.code}, ${this.k(this.m.unsizeMeta(from.to, to.to))})`);
    }
    if (from.k === "adt" && to.k === "adt") {
      // Box<T> → Box<dyn Trait> and similar: the pointer at offset 0 becomes fat.
      const [src, dst] = this.m.smartPointerPointees(from, to);
      const meta = this.k(this.m.unsizeMeta(src, dst));
      const a = this.addrOf(dest);
      const p = this.tmp();
      this.emit(`${p} = mem.readPtr(${v.code});`);
      this.emit(`mem.writeFat(${a}, new FatPtr(${p}, ${meta}));`);
      const fl = layoutOf(from, this.tt), tl = layoutOf(to, this.tt);
      if (tl.size > 16 && fl.size > 8) this.emit(`mem.copy(${a} + 16, ${v.code} + 8, ${tl.size - 16});`);
      return;
    }
    this.locErr(`unsizing coercion from ${showType(from)} to ${showType(to)}`);
  }

  // --- operators ------------------------------------------------------------------------------------

  private binary(dest: PlaceRef, op: BinOp, a: Val, b: Val): void {
    const ty = a.ty;
    this.checkBinary(dest.ty, op, a.ty, b.ty);
    if (op.endsWith("WithOverflow")) {
      if (ty.k !== "int") this.locErr(`${op} on ${showType(ty)}`);
      const base = op.slice(0, op.length - "WithOverflow".length) as "Add" | "Sub" | "Mul";
      const [val, ovf] = this.withOverflow(base, ty.name, a.code, b.code);
      // The destination is `(T, bool)`: a split local or memory.
      if (dest.reg) throw new InvalidMir(`a checked operation into ${showType(dest.ty)}`);
      const l = layoutOf(dest.ty, this.tt);
      const addr = this.tmp();
      this.emit(`${addr} = ${this.addrOf(dest)};`);
      this.writeMem(`${addr} + ${l.variants[0].fields[0].offset}`, ty, val);
      this.writeMem(`${addr} + ${l.variants[0].fields[1].offset}`, this.tt.bool, ovf);
      return;
    }
    this.store(dest, this.binaryExpr(op, ty, a.code, b.code, b.ty));
  }

  /** `_n = XWithOverflow(a, b)` or `_n = (a, b)` for a split local: one register per field. */
  private assignSplit(info: LocalInfo, r: Rvalue): void {
    const regs = info.fieldRegs!;
    if (r.k === "binary" && r.op.endsWith("WithOverflow")) {
      const a = this.operand(r.a), b = this.operand(r.b);
      this.checkBinary(info.ty, r.op, a.ty, b.ty);
      if (a.ty.k !== "int") this.locErr(`${r.op} on ${showType(a.ty)}`);
      const base = r.op.slice(0, r.op.length - "WithOverflow".length) as "Add" | "Sub" | "Mul";
      const [val, ovf] = this.withOverflow(base, a.ty.name, a.code, b.code);
      this.emit(`l[${regs[0]}] = ${val}; l[${regs[1]}] = ${ovf};`);
      return;
    }
    if (r.k === "aggregate" && r.kind.k === "tuple") {
      this.checkTupleOperands(info.ty, r.ops);
      const vals = r.ops.map((o) => this.operand(o).code);
      vals.forEach((v, i) => this.emit(`l[${regs[i]}] = ${v};`));
      return;
    }
    throw new InternalError(`unexpected whole assignment to split local in ${this.inst.name}`);
  }

  /** Returns expressions (using temps) for the wrapped value and the overflow flag. */
  private withOverflow(op: "Add" | "Sub" | "Mul", t: IntName, a: string, b: string): [string, string] {
    const x = this.tmp(), y = this.tmp(), r = this.tmp(), v = this.tmp();
    this.emit(`${x} = ${a}; ${y} = ${b};`);
    const bits = intSize(t) * 8;
    const sym = op === "Add" ? "+" : op === "Sub" ? "-" : "*";
    if (bits <= 32) {
      if (op === "Mul" && bits === 32) {
        this.emit(
          `${r} = ${x} * ${y}; ${v} = ${t === "u32" ? `Math.imul(${x}, ${y}) >>> 0` : `Math.imul(${x}, ${y})`};`,
        );
      } else {
        this.emit(`${r} = ${x} ${sym} ${y}; ${v} = ${wrapSmall(t, r)};`);
      }
      return [v, `(${r} !== ${v} ? 1 : 0)`];
    }
    // 64/128-bit: a fast path on safe numbers, exact bigint arithmetic otherwise.
    const lo = t[0] === "u" ? "0" : `-${SAFE}`;
    this.emit(
      `if (typeof ${x} === "number" && typeof ${y} === "number" && (${r} = ${x} ${sym} ${y}) >= ${lo} && ${r} <= ${SAFE}) ${v} = 0; ` +
        `else { ${v} = I.withOverflow(${JSON.stringify(t)}, ${
          JSON.stringify(sym)
        }, ${x}, ${y}); ${r} = ${v}[0]; ${v} = ${v}[1] ? 1 : 0; }`,
    );
    return [r, v];
  }

  private binaryExpr(op: BinOp, ty: RType, a: string, b: string, bty: RType): string {
    if (ty.k === "int") return this.intBinary(op, ty.name, a, b, bty);
    if (ty.k === "float") return floatBinary(op, ty.bits, a, b);
    if (ty.k === "bool" || ty.k === "char") {
      switch (op) {
        case "BitAnd":
          return `(${a} & ${b})`;
        case "BitOr":
          return `(${a} | ${b})`;
        case "BitXor":
          return `(${a} ^ ${b})`;
        default:
          return compare(op, a, b);
      }
    }
    if (ty.k === "ref" || ty.k === "ptr" || ty.k === "fnPtr") {
      const fat = layoutOf(ty, this.tt).repr === "pair";
      if (op === "Offset") {
        const pointee = (ty as Extract<RType, { k: "ptr" | "ref" }>).to;
        const size = layoutOf(pointee, this.tt).size;
        return `(${a} + Number(${b}) * ${size})`;
      }
      if (fat) {
        if (op === "Eq") return `(${a}.p === ${b}.p && ${a}.m === ${b}.m ? 1 : 0)`;
        if (op === "Ne") return `(${a}.p !== ${b}.p || ${a}.m !== ${b}.m ? 1 : 0)`;
        return compare(op, `${a}.p`, `${b}.p`);
      }
      return compare(op, a, b);
    }
    if (op === "Cmp") return this.intBinary(op, "i64", a, b, bty);
    return this.locErr(`the operator ${op} on ${showType(ty)}`);
  }

  private intBinary(op: BinOp, t: IntName, a: string, b: string, bty: RType): string {
    const bits = intSize(t) * 8;
    const small = bits <= 32;
    const T = JSON.stringify(t);
    switch (op) {
      case "Add":
      case "AddUnchecked":
        if (small) return wrapSmall(t, `(${a} + ${b})`);
        return `I.add(${T}, ${a}, ${b})`;
      case "Sub":
      case "SubUnchecked":
        if (small) return wrapSmall(t, `(${a} - ${b})`);
        return `I.sub(${T}, ${a}, ${b})`;
      case "Mul":
      case "MulUnchecked":
        if (bits === 32) return t === "u32" ? `(Math.imul(${a}, ${b}) >>> 0)` : `Math.imul(${a}, ${b})`;
        if (small) return wrapSmall(t, `(${a} * ${b})`);
        return `I.mul(${T}, ${a}, ${b})`;
      case "Div":
        if (small) return wrapSmall(t, `Math.trunc(${a} / ${b})`);
        return `I.div(${T}, ${a}, ${b})`;
      case "Rem":
        if (small) return `(${a} % ${b})`;
        return `I.rem(${T}, ${a}, ${b})`;
      case "BitAnd":
        if (small) return wrapSmall(t, `(${a} & ${b})`);
        return `I.bitand(${T}, ${a}, ${b})`;
      case "BitOr":
        if (small) return wrapSmall(t, `(${a} | ${b})`);
        return `I.bitor(${T}, ${a}, ${b})`;
      case "BitXor":
        if (small) return wrapSmall(t, `(${a} ^ ${b})`);
        return `I.bitxor(${T}, ${a}, ${b})`;
      case "Shl":
      case "ShlUnchecked":
        void bty;
        return `I.shl(${T}, ${a}, ${b})`;
      case "Shr":
      case "ShrUnchecked":
        if (small && bits === 32) {
          return t === "u32" ? `(${a} >>> (Number(${b}) & 31))` : `(${a} >> (Number(${b}) & 31))`;
        }
        return `I.shr(${T}, ${a}, ${b})`;
      case "Cmp":
        return `(${a} < ${b} ? -1 : ${a} > ${b} ? 1 : 0)`;
      default:
        return compare(op, a, b);
    }
  }

  private unary(dest: PlaceRef, op: string, a: Val): void {
    const t = a.ty;
    if (op !== "PtrMetadata") this.expectType(dest.ty, t, `the result of ${op}`);
    if (op === "PtrMetadata") {
      const fat = layoutOf(t, this.tt).repr === "pair";
      const destZst = layoutOf(dest.ty, this.tt).size === 0;
      if (fat === destZst) {
        throw new InvalidMir(`PtrMetadata of ${showType(t)} stored in ${showType(dest.ty)}`);
      }
      return this.store(dest, fat ? `${a.code}.m` : "undefined");
    }
    if (op === "Not") {
      if (t.k === "bool") return this.store(dest, `(${a.code} ^ 1)`);
      if (t.k === "int") {
        return this.store(
          dest,
          intSize(t.name) <= 4 ? wrapSmall(t.name, `(~${a.code})`) : `I.not(${JSON.stringify(t.name)}, ${a.code})`,
        );
      }
    }
    if (op === "Neg") {
      if (t.k === "float") return this.store(dest, `(-${a.code})`);
      if (t.k === "int") return this.store(dest, `I.neg(${JSON.stringify(t.name)}, ${a.code})`);
    }
    this.locErr(`the operator ${op} on ${showType(t)}`);
  }

  // --- calls ------------------------------------------------------------------------------------------

  private call(t: Extract<Terminator, { k: "call" }>, bb: number): void {
    const dest = this.place(t.dest);
    const args = t.args.map((a) => this.operand(a));
    const next = t.target;
    // Checked before the callee is resolved: std shims are chosen by these types.
    const sig = printedSignature(this.m.prog, t, { params: this.inst.env });
    if (sig) this.checkSignature(sig, args, dest.ty, `\`${printOperand(t.func)}\``);
    const callee = this.m.resolveCall(this.inst, t.func, args.map((a) => a.ty), dest.ty, t);
    const cont = next === undefined ? `m.divergedReturn(f); return;` : `f.bb = ${next}; continue;`;
    this.emit(`f.cur = ${bb};`);
    if (next !== undefined) this.emit(`f.bb = ${next};`);
    switch (callee.k) {
      case "inst": {
        const target = callee.inst;
        if (!callee.adapt && !callee.runtimeAdapt) this.checkCallTypes(target, args, dest.ty);
        const { idx, addr } = this.retTarget(dest);
        const g = this.tmp();
        this.emit(`${g} = m.enter(${this.k(target)}, f, ${idx}, ${addr});`);
        const argVals = callee.adapt ? callee.adapt(args, this) : args.map((a) => a.code);
        argVals.forEach((code, i) => this.passArg(g, target, i + 1, code));
        this.emit(`return;`);
        return;
      }
      case "shim": {
        const s = callee.shim;
        const fn = this.k(s.fn);
        const argCodes = args.map((a) => a.code);
        if (s.mode === "value") {
          const call = `${fn}(m, f${argCodes.map((c) => `, ${c}`).join("")})`;
          if (dest.zst || layoutOf(dest.ty, this.tt).size === 0) this.emit(`${call};`);
          else this.storeVal(dest, { code: call, ty: dest.ty });
        } else if (s.mode === "dst") {
          if (dest.reg) {
            // Only a file whose declarations were edited gets here (a deleted `extern "C"` block
            // makes `pipe` resolve to std's `pipe`, which returns a value in memory).
            throw new InvalidMir(
              `\`${printOperand(t.func)}\` resolves to a std function whose result does not fit the call's ` +
                `destination (${showType(dest.ty)}); is its \`extern\` declaration missing?`,
            );
          }
          this.emit(`${fn}(m, f, ${this.addrOf(dest)}${argCodes.map((c) => `, ${c}`).join("")});`);
        } else {
          const r = this.tmp();
          const l = layoutOf(dest.ty, this.tt);
          if (l.repr === "memory" && !dest.zst) {
            // The shim writes its result at the destination address, now or before it calls k.
            this.emit(
              `${r} = ${fn}(m, f, ${this.k(NOOP)}, ${this.addrOf(dest)}${argCodes.map((c) => `, ${c}`).join("")});`,
            );
            this.emit(`if (${r} === PENDING) return;`);
          } else {
            const kfn = this.continuation(dest);
            this.emit(`${r} = ${fn}(m, f, ${kfn}${argCodes.map((c) => `, ${c}`).join("")});`);
            this.emit(`if (${r} === PENDING) return;`);
            if (!(dest.zst || l.size === 0)) this.storeVal(dest, { code: r, ty: dest.ty });
          }
        }
        this.emit(cont);
        return;
      }
      case "dynamic": {
        // A fn pointer or trait object call resolved at run time.
        const kfn = this.continuation(dest);
        const r = this.tmp();
        const all = args.map((a) => a.code);
        if (callee.withFunc) all.unshift(this.operand(t.func).code);
        this.emit(`${r} = ${this.k(callee.call)}(m, f, ${kfn}, [${all.join(", ")}]);`);
        this.emit(`if (${r} === PENDING) return;`);
        if (!(dest.zst || layoutOf(dest.ty, this.tt).size === 0)) this.storeVal(dest, { code: r, ty: dest.ty });
        this.emit(cont);
        return;
      }
    }
  }

  /** Where a callee frame delivers its return value: a register index, or -1 and an address. */
  private retTarget(dest: PlaceRef): { idx: string; addr: string } {
    if (dest.zst || layoutOf(dest.ty, this.tt).size === 0) return { idx: "-2", addr: "0" };
    if (dest.reg) {
      const m = /^l\[(\d+)\]$/.exec(dest.reg);
      if (m) return { idx: m[1], addr: "0" };
    }
    return { idx: "-1", addr: this.addrOf(dest) };
  }

  /** A continuation closure delivering a `"cont"` shim's result into `dest`. */
  private continuation(dest: PlaceRef): string {
    if (dest.zst || layoutOf(dest.ty, this.tt).size === 0) return this.k(NOOP);
    if (dest.reg) return `(v) => { ${dest.reg} = v; }`;
    const ty = this.k(dest.ty);
    return `((a) => (v) => m.storeValue(a, ${ty}, v))(${this.addrOf(dest)})`;
  }

  /** Emits the store of argument `code` into parameter `local` of the new frame `g`. */
  passArg(g: string, target: Instance, local: number, code: string): void {
    const info = target.locals[local];
    if (!info || info.kind === "zst") return;
    if (info.kind === "reg") this.emit(`${g}.l[${local}] = ${code};`);
    else this.writeMem(`${g}.l[${local}]`, info.ty, code);
  }

  /** Reads field `i` of a tuple-typed operand value (an address) for argument untupling. */
  tupleField(v: Val, i: number): string {
    const l = layoutOf(v.ty, this.tt);
    const fl = l.variants[0].fields[i];
    return this.readMem(`(${v.code} + ${fl.offset})`, fl.ty);
  }

  /** Emits a line (for adapters that need temps). */
  line(s: string): void {
    this.emit(s);
  }

  /** A fresh temp (for adapters). */
  temp(): string {
    return this.tmp();
  }
}

const NOOP = () => {};

/** How a callee was resolved at compile time. */
export type Callee =
  | {
    k: "inst";
    inst: Instance;
    /** Rewrites the caller's argument values (closure calls untuple their argument tuple). */
    adapt?: (args: Val[], c: BodyCompiler) => string[];
    /** The same rewrite for calls made at run time (value-convention arguments). */
    runtimeAdapt?: (m: Machine, args: unknown[]) => unknown[];
    /** For `Fn*::call*` callees: the arguments from the self value and the untupled arguments. */
    runtimeUntupled?: (m: Machine, self: unknown, args: unknown[]) => unknown[];
  }
  | { k: "shim"; shim: import("../shims/api.ts").BoundShim }
  | {
    k: "dynamic";
    /** Pass the callee operand's value (a fn pointer) before the arguments. */
    withFunc?: boolean;
    // deno-lint-ignore no-explicit-any
    call: (m: Machine, f: any, k: (v: unknown) => void, args: unknown[]) => unknown;
  };

/** The compiler type, for adapters. */
export type { BodyCompiler, Val };

/**
 * How a value of type `t` is held by compiled code: `zst`, `m<size>` (in memory), `fat` (a fat
 * pointer), `i<size>` (an integer, bool, char or fieldless enum), `f<size>` (a float) or `p(…)` (a
 * thin pointer and the class of its pointee). Values of one class can be stored in each other's places without confusing the
 * generated code.
 */
function valueClass(t: RType, tt: Parameters<typeof layoutOf>[1], depth = 0): string {
  const l = layoutOf(t, tt);
  switch (l.repr) {
    case "zst":
      return "zst";
    case "memory":
      return `m${l.size}`;
    case "pair":
      return "fat";
    case "unsized":
      return "unsized";
  }
  switch (t.k) {
    case "int":
    case "bool":
    case "char":
      return `i${l.size}`;
    case "float":
      return `f${l.size}`;
    case "ref":
    case "ptr":
      // Thin pointers also compare what they point to, a level or two deep (`&u8` is not `&String`).
      return depth < 2 ? `p(${valueClass(t.to, tt, depth + 1)})` : "p";
    case "fnPtr":
    case "fnDef":
      return "p";
    case "adt":
    case "tuple":
    case "array": {
      // A scalar aggregate: a fieldless enum (its tag) or a wrapper around one scalar field.
      if (l.variants.length !== 1 || l.tag.k !== "none") return `i${l.size}`;
      const inner = l.variants[0].fields.find((f) => layoutOf(f.ty, tt).size > 0);
      return inner ? valueClass(inner.ty, tt, depth) : `i${l.size}`;
    }
    default:
      return `?${t.key}`;
  }
}

/** A fieldless enum, which `as` casts to an integer like one. */
function isCLikeEnum(t: RType): boolean {
  return t.k === "adt" && t.def.kind === "enum" && t.def.variants.every((v) => v.fields.length === 0);
}

function elemOf(t: RType): RType {
  if (t.k === "array" || t.k === "slice") return t.elem;
  if (t.k === "str") return { k: "int", name: "u8", signed: false, bits: 8, key: "u8" } as RType;
  throw new InvalidMir(`indexing into ${showType(t)}`);
}

function variantName(p: import("../mir/ast.ts").Path): string {
  const last = p.segs[p.segs.length - 1];
  return last.k === "ident" ? last.name : "";
}

/** A JS literal for an integer: a number when safe, else a bigint literal. */
export function jsInt(v: bigint): string {
  return v >= -9007199254740991n && v <= 9007199254740991n ? String(v) : `${v}n`;
}

function intReader(t: IntName, a: string): string {
  switch (t) {
    case "u8":
      return `mem.readU8(${a})`;
    case "i8":
      return `mem.readI8(${a})`;
    case "u16":
      return `mem.readU16(${a})`;
    case "i16":
      return `mem.readI16(${a})`;
    case "u32":
      return `mem.readU32(${a})`;
    case "i32":
      return `mem.readI32(${a})`;
    case "u64":
    case "usize":
      return `mem.readU64(${a})`;
    case "i64":
    case "isize":
      return `mem.readI64(${a})`;
    case "u128":
      return `mem.readU128(${a}, false)`;
    case "i128":
      return `mem.readU128(${a}, true)`;
  }
}

function intWriter(t: IntName, a: string, v: string): string {
  switch (t) {
    case "u8":
    case "i8":
      return `mem.writeU8(${a}, ${v});`;
    case "u16":
    case "i16":
      return `mem.writeU16(${a}, ${v});`;
    case "u32":
    case "i32":
      return `mem.writeU32(${a}, ${v});`;
    case "u128":
    case "i128":
      return `mem.writeU128(${a}, ${v});`;
    default:
      return `mem.writeU64(${a}, ${v});`;
  }
}

/** Wraps a JS number expression to an integer type of at most 32 bits. */
function wrapSmall(t: IntName, e: string): string {
  switch (t) {
    case "u8":
      return `(${e} & 255)`;
    case "i8":
      return `((${e} << 24) >> 24)`;
    case "u16":
      return `(${e} & 65535)`;
    case "i16":
      return `((${e} << 16) >> 16)`;
    case "u32":
      return `(${e} >>> 0)`;
    case "i32":
      return `(${e} | 0)`;
    default:
      return `I.wrap(${JSON.stringify(t)}, ${e})`;
  }
}

function compare(op: BinOp, a: string, b: string): string {
  const js: Partial<Record<BinOp, string>> = { Eq: "===", Ne: "!==", Lt: "<", Le: "<=", Gt: ">", Ge: ">=" };
  const o = js[op];
  if (!o) throw new Unsupported(`the comparison ${op}`);
  return `(${a} ${o} ${b} ? 1 : 0)`;
}

function floatBinary(op: BinOp, bits: 32 | 64, a: string, b: string): string {
  const r = (e: string) => (bits === 32 ? `Math.fround(${e})` : e);
  switch (op) {
    case "Add":
      return r(`(${a} + ${b})`);
    case "Sub":
      return r(`(${a} - ${b})`);
    case "Mul":
      return r(`(${a} * ${b})`);
    case "Div":
      return r(`(${a} / ${b})`);
    case "Rem":
      return r(`(${a} % ${b})`);
    default:
      return compare(op, a, b);
  }
}

/** True if every value of integer type `a` is representable in `b` (a cast is then a no-op). */
function fitsIn(a: IntName, b: IntName): boolean {
  const sa = intSize(a), sb = intSize(b);
  const ua = a[0] === "u", ub = b[0] === "u";
  if (ua === ub) return sa <= sb;
  if (ua && !ub) return sa < sb;
  return false;
}

function sameScalarRepr(a: RType, b: RType): boolean {
  const cls = (t: RType) =>
    t.k === "int"
      ? `i${intSize(t.name)}${t.signed ? "s" : "u"}`
      : t.k === "ref" || t.k === "ptr" || t.k === "fnPtr"
      ? (isUnsized(t.k === "fnPtr" ? t : t.to) ? "fat" : "ptr")
      : t.k;
  const ca = cls(a), cb = cls(b);
  if (ca === cb) return true;
  // Pointers and usize share a representation.
  return (ca === "ptr" && cb === "i8u") || (ca === "i8u" && cb === "ptr");
}

/** Layout re-export for adapters. */
export type { Layout };
