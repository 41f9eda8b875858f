/**
 * A body instance: a MIR body specialised to concrete generic arguments, with every local's type,
 * layout and storage decided once:
 * - `reg`: scalars and fat pointers whose address is never taken live in a JS array slot;
 * - `split`: small tuples used only field by field (`AddWithOverflow` results) become one slot
 *   per field;
 * - `mem`: everything else gets a stack allocation on entry, and its slot holds the address;
 * - `zst`: zero-sized locals have no storage.
 * The instance is compiled to a JS function on first execution (see codegen.ts).
 */

import { InvalidMir } from "../errors.ts";
import type { Body, Operand, Place, Rvalue } from "../mir/ast.ts";
import type { Layout } from "./layout.ts";
import { layoutOf } from "./layout.ts";
import type { FnInfo, Program } from "./program.ts";
import type { RType } from "./types.ts";

/** Where a local lives. */
export interface LocalInfo {
  ty: RType;
  layout: Layout;
  kind: "zst" | "reg" | "mem" | "split";
  /** Register slots of a `split` local's fields. */
  fieldRegs?: number[];
  name?: string;
  /** A gap in the body's numbering: no `let` declares it, so any use is invalid MIR. */
  undeclared?: boolean;
}

/** A prepared body instance. */
export class Instance {
  readonly locals: LocalInfo[] = [];
  /** Number of register slots (locals plus split fields). */
  nregs = 0;
  /** Memory locals to allocate on entry. */
  readonly memLocals: { idx: number; size: number; align: number; label: string }[] = [];
  /** The compiled code, once generated. */
  run: ((m: unknown, f: unknown) => void) | undefined;
  /** Unwind action per basic block index whose terminator may unwind: bb, or -1 continue, -2 terminate, -3 unreachable. */
  unwindOf: Int32Array;
  /** Number of times entered (for profiling). */
  calls = 0;

  constructor(
    readonly prog: Program,
    readonly info: FnInfo,
    /** Generic parameter bindings. */
    readonly env: ReadonlyMap<string, RType>,
    /** Display name, e.g. `apply::<{closure@…}>`. */
    readonly name: string,
    /** Keep memory locals alive after return (const evaluation of promoteds). */
    readonly keepLocals = false,
  ) {
    const body = info.body;
    this.unwindOf = new Int32Array(body.blocks.length).fill(-1);
    const decls = new Map<number, { ty: RType; name?: string }>();
    const envT = { params: env };
    const tt = prog.tt;
    for (const p of body.params) decls.set(p.local, { ty: prog.resolve(p.ty, envT) });
    const visitScope = (s: Body["root"]) => {
      for (const l of s.locals) {
        if (decls.has(l.local)) throw new InvalidMir(`_${l.local} is declared twice in ${info.name}`);
        decls.set(l.local, { ty: prog.resolve(l.ty, envT) });
      }
      for (const d of s.debug) {
        if (d.value.k === "place" && d.value.place.proj.length === 0) {
          const e = decls.get(d.value.place.local);
          if (e && !e.name) e.name = d.name;
        }
      }
      for (const c of s.children) visitScope(c);
    };
    visitScope(body.root);
    // Debug names are declared after locals in some scopes; assign them in a second pass.
    const names = new Map<number, string>();
    const collectNames = (s: Body["root"]) => {
      for (const d of s.debug) {
        if (d.value.k === "place" && d.value.place.proj.length === 0 && !names.has(d.value.place.local)) {
          names.set(d.value.place.local, d.name);
        }
      }
      for (const c of s.children) collectNames(c);
    };
    collectNames(body.root);
    // rustc prints the return place of every body; without it the body's generics cannot be
    // matched to its Rust declaration either.
    if (!decls.has(0)) throw new InvalidMir(`the return place _0 of ${info.name} is not declared`);
    const n = Math.max(-1, ...decls.keys()) + 1;
    const usage = analyseUsage(body, n);
    let extra = n;
    for (let i = 0; i < n; i++) {
      const d = decls.get(i) ?? { ty: tt.unit };
      const layout = layoutOf(d.ty, tt);
      const info: LocalInfo = { ty: d.ty, layout, kind: "mem", name: names.get(i) };
      if (!decls.has(i)) info.undeclared = true;
      const isParam = i >= 1 && i <= body.params.length;
      if (layout.size === 0 && layout.repr !== "unsized") info.kind = "zst";
      else if ((layout.repr === "scalar" || layout.repr === "pair") && !usage.needsMemory[i]) info.kind = "reg";
      else if (
        !isParam && i !== 0 && usage.splittable[i] && d.ty.k === "tuple" &&
        d.ty.elems.every((e) => layoutOf(e, tt).repr === "scalar")
      ) {
        info.kind = "split";
        info.fieldRegs = d.ty.elems.map(() => extra++);
      }
      if (info.kind === "mem") {
        this.memLocals.push({
          idx: i,
          size: layout.size,
          align: layout.align,
          label: `local ${info.name ? `\`${info.name}\` (_${i})` : `_${i}`} of ${name}`,
        });
      }
      this.locals.push(info);
    }
    this.nregs = extra;
    for (const bb of body.blocks) {
      const t = bb.term;
      const u = t.k === "call" || t.k === "drop" || t.k === "assert" ? t.unwind : undefined;
      if (!u) continue;
      this.unwindOf[bb.index] = u.k === "cleanup" ? u.target : u.k === "continue" ? -1 : u.k === "terminate" ? -2 : -3;
    }
  }

  /** The body being instantiated. */
  get body(): Body {
    return this.info.body;
  }
}

/** Which locals need memory, and which tuples are only used field by field. */
function analyseUsage(body: Body, n: number): { needsMemory: boolean[]; splittable: boolean[] } {
  const needsMemory = new Array<boolean>(n).fill(false);
  const splittable = new Array<boolean>(n).fill(true);
  const placeUse = (p: Place, addressTaken: boolean) => {
    const first = p.proj[0];
    if (!first) {
      if (addressTaken) {
        needsMemory[p.local] = true;
        splittable[p.local] = false;
      }
      return;
    }
    if (first.k === "deref") return;
    needsMemory[p.local] = true;
    // A split local may only be used as `(_n.i: T)` directly.
    if (addressTaken || first.k !== "field" || p.proj.length > 1) splittable[p.local] = false;
  };
  const wholeUse = (p: Place) => {
    if (p.proj.length === 0) splittable[p.local] = false;
  };
  const operand = (o: Operand) => {
    if (o.k === "const") return;
    placeUse(o.place, false);
    wholeUse(o.place);
  };
  const rvalue = (r: Rvalue) => {
    switch (r.k) {
      case "use":
      case "repeat":
      case "cast":
      case "shallowInitBox":
        operand(r.op);
        break;
      case "ref":
      case "rawRef":
        placeUse(r.place, true);
        if (r.place.proj.length === 0 || r.place.proj[0].k !== "deref") splittable[r.place.local] = false;
        break;
      case "len":
      case "discriminant":
      case "copyForDeref":
        placeUse(r.place, false);
        wholeUse(r.place);
        break;
      case "binary":
        operand(r.a);
        operand(r.b);
        break;
      case "unary":
        operand(r.a);
        break;
      case "aggregate":
        r.ops.forEach(operand);
        break;
      default:
        break;
    }
  };
  for (const bb of body.blocks) {
    for (const s of bb.stmts) {
      switch (s.k) {
        case "assign": {
          placeUse(s.place, false);
          const r = s.rvalue;
          const okWhole = (r.k === "binary" && r.op.endsWith("WithOverflow")) ||
            (r.k === "aggregate" && r.kind.k === "tuple");
          if (s.place.proj.length === 0 && !okWhole) splittable[s.place.local] = false;
          rvalue(r);
          break;
        }
        case "setDiscriminant":
        case "deinit":
        case "placeMention":
          placeUse(s.place, false);
          wholeUse(s.place);
          break;
        case "assume":
          operand(s.op);
          break;
        case "copyNonOverlapping":
          operand(s.dst);
          operand(s.src);
          operand(s.count);
          break;
        default:
          break;
      }
    }
    const t = bb.term;
    switch (t.k) {
      case "switchInt":
        operand(t.discr);
        break;
      case "drop":
        placeUse(t.place, true);
        wholeUse(t.place);
        break;
      case "call":
        placeUse(t.dest, false);
        wholeUse(t.dest);
        operand(t.func);
        t.args.forEach(operand);
        break;
      case "tailCall":
        operand(t.func);
        t.args.forEach(operand);
        break;
      case "assert":
        operand(t.cond);
        t.msgArgs.forEach(operand);
        break;
      default:
        break;
    }
  }
  return { needsMemory, splittable };
}
