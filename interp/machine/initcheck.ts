/**
 * A definite-initialisation check for register locals. rustc's borrow checker guarantees that MIR
 * reads a local only after every path from the entry has assigned it; MIR that breaks this (a
 * mutated or hand-written file) would otherwise read `undefined` from a register. The check runs
 * once per compiled body, as a forward must-analysis over the control-flow graph.
 *
 * Moves and `StorageDead` do not de-initialise (the register keeps its value), and `drop` is not a
 * read (drop elaboration guards maybe-uninitialised drops with flags the analysis cannot see).
 */

import type { BasicBlock, Body, Operand, Place, Rvalue, Statement, Terminator } from "../mir/ast.ts";
import { successors } from "../mir/successors.ts";

/** A read of a local that some path from the entry reaches without assigning it. */
export interface UninitRead {
  local: number;
  block: number;
  /** The statement or terminator that reads it. */
  node: Statement | Terminator;
}

/** The first read of a tracked local that is not definitely initialised, if any. */
export function firstUninitRead(body: Body, tracked: (local: number) => boolean): UninitRead | undefined {
  const blocks = body.blocks;
  const n = blocks.length;
  const params = new Set(body.params.map((p) => p.local));
  // in[b]: locals definitely assigned on entry to block b (undefined = not yet reached).
  const entryIn = new Set(params);
  const inSets: (Set<number> | undefined)[] = new Array(n);
  inSets[0] = entryIn;
  const work = [0];
  const queued = new Uint8Array(n);
  queued[0] = 1;
  while (work.length) {
    const b = work.pop()!;
    queued[b] = 0;
    const bb = blocks[b];
    if (!bb) continue;
    const out = new Set(inSets[b]);
    for (const s of bb.stmts) defsOfStatement(s, out);
    for (const [succ, extraDef] of successorsWithDefs(bb)) {
      if (!blocks[succ]) continue;
      const flow = extraDef === undefined ? out : new Set(out).add(extraDef);
      const cur = inSets[succ];
      let changed = false;
      if (!cur) {
        inSets[succ] = new Set(flow);
        changed = true;
      } else {
        for (const l of cur) {
          if (!flow.has(l)) {
            cur.delete(l);
            changed = true;
          }
        }
      }
      if (changed && !queued[succ]) {
        queued[succ] = 1;
        work.push(succ);
      }
    }
  }
  for (let b = 0; b < n; b++) {
    const init = inSets[b];
    if (!init) continue; // unreachable from the entry
    const bb = blocks[b];
    const cur = new Set(init);
    const check = (l: number, node: Statement | Terminator) =>
      tracked(l) && !params.has(l) && !cur.has(l) ? { local: l, block: b, node } : undefined;
    for (const s of bb.stmts) {
      for (const l of usesOfStatement(s)) {
        const bad = check(l, s);
        if (bad) return bad;
      }
      defsOfStatement(s, cur);
    }
    for (const l of usesOfTerminator(bb.term)) {
      const bad = check(l, bb.term);
      if (bad) return bad;
    }
  }
  return undefined;
}

/** Locals a place reads: its base unless the place is only written whole, and index locals. */
function placeReads(p: Place, written: boolean, out: number[]): void {
  if (!written || p.proj.some((e) => e.k === "deref")) out.push(p.local);
  for (const e of p.proj) if (e.k === "index") out.push(e.local);
}

function operandReads(o: Operand, out: number[]): void {
  if (o.k !== "const") placeReads(o.place, false, out);
}

function rvalueReads(r: Rvalue, out: number[]): void {
  switch (r.k) {
    case "use":
    case "repeat":
    case "cast":
    case "shallowInitBox":
      operandReads(r.op, out);
      return;
    case "unary":
      operandReads(r.a, out);
      return;
    case "binary":
      operandReads(r.a, out);
      operandReads(r.b, out);
      return;
    case "aggregate":
      for (const o of r.ops) operandReads(o, out);
      return;
    case "ref":
    case "rawRef":
      // Taking an address does not read the value (`&raw mut _x` of an uninitialised local is fine).
      for (const e of r.place.proj) if (e.k === "index") out.push(e.local);
      if (r.place.proj.some((e) => e.k === "deref")) out.push(r.place.local);
      return;
    case "copyForDeref":
    case "len":
    case "discriminant":
      placeReads(r.place, false, out);
      return;
    default:
      return;
  }
}

function usesOfStatement(s: Statement): number[] {
  const out: number[] = [];
  switch (s.k) {
    case "assign":
      rvalueReads(s.rvalue, out);
      placeReads(s.place, true, out);
      break;
    case "setDiscriminant":
      placeReads(s.place, true, out);
      break;
    case "assume":
      operandReads(s.op, out);
      break;
    case "copyNonOverlapping":
      operandReads(s.dst, out);
      operandReads(s.src, out);
      operandReads(s.count, out);
      break;
  }
  return out;
}

/** Adds the locals statement `s` assigns (whole or in part) to `init`. */
function defsOfStatement(s: Statement, init: Set<number>): void {
  if (s.k === "assign" && !s.place.proj.some((e) => e.k === "deref")) init.add(s.place.local);
  else if (s.k === "setDiscriminant" && !s.place.proj.some((e) => e.k === "deref")) init.add(s.place.local);
}

function usesOfTerminator(t: Terminator): number[] {
  const out: number[] = [];
  switch (t.k) {
    case "switchInt":
      operandReads(t.discr, out);
      break;
    case "call":
      operandReads(t.func, out);
      for (const a of t.args) operandReads(a, out);
      placeReads(t.dest, true, out);
      break;
    case "tailCall":
      operandReads(t.func, out);
      for (const a of t.args) operandReads(a, out);
      break;
    case "assert":
      operandReads(t.cond, out);
      for (const a of t.msgArgs) operandReads(a, out);
      break;
    case "return":
      // The caller reads the return place.
      out.push(0);
      break;
  }
  return out;
}

/** Successor blocks with the local a call assigns on its return edge (not on its unwind edge). */
function successorsWithDefs(bb: BasicBlock): [number, number | undefined][] {
  const t = bb.term;
  const def = t.k === "call" && !t.dest.proj.some((e) => e.k === "deref") ? t.dest.local : undefined;
  return successors(t, true).map((b) => [b, t.k === "call" && b === t.target ? def : undefined]);
}
