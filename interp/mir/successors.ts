/** The control-flow edges of a MIR terminator. */

import type { Terminator, UnwindAction } from "./ast.ts";

/** The blocks terminator `t` can continue in; with `unwind`, its cleanup targets too. */
export function successors(t: Terminator, unwind: boolean): number[] {
  const cleanup = (u: UnwindAction) => (unwind && u.k === "cleanup" ? [u.target] : []);
  switch (t.k) {
    case "goto":
      return [t.target];
    case "switchInt":
      return [...t.targets, t.otherwise];
    case "drop":
    case "assert":
      return [t.target, ...cleanup(t.unwind)];
    case "call":
      return [...(t.target === undefined ? [] : [t.target]), ...cleanup(t.unwind)];
    case "falseEdge":
      return [t.real, t.imaginary];
    case "falseUnwind":
      return [t.real, ...cleanup(t.unwind)];
    default:
      return [];
  }
}
