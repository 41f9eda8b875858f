/** `Default::default` for std and primitive types, and `std::mem::take` built on it. */

import { Unsupported } from "../errors.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import type { RType } from "../machine/types.ts";
import { vecView } from "./seq.ts";
import { register } from "./table.ts";
import { newString } from "./text.ts";
import { site, writeOption } from "./util.ts";

/** Writes `T::default()` at `dst`; throws Unsupported for types whose default is not known here. */
export function writeDefault(m: Machine, t: RType, dst: number): void {
  const l = layoutOf(t, m.tt);
  switch (t.k) {
    case "int":
    case "float":
    case "bool":
    case "char":
      m.mem.write(dst, new Uint8Array(l.size));
      return;
    case "tuple":
      t.elems.forEach((e, i) => writeDefault(m, e, dst + l.variants[0].fields[i].offset));
      return;
    case "array":
      for (let i = 0; i < Number(t.len); i++) writeDefault(m, t.elem, dst + i * layoutOf(t.elem, m.tt).size);
      return;
    case "adt":
      switch (t.def.path) {
        case "std::string::String":
          return newString(m, dst, new Uint8Array(0));
        case "std::vec::Vec":
          return vecView(m, t).init(dst);
        case "std::option::Option":
          return writeOption(m, t, dst, undefined, false);
      }
  }
  throw new Unsupported(`\`Default::default\` for ${t.key}`);
}

register(
  ["<String as Default>::default", "<Vec as Default>::default", "<Option as Default>::default"],
  site((s) => (m: Machine, _f: unknown, dst: number) => writeDefault(m, s.retTy, dst), "dst"),
);
register(
  [
    "<int as Default>::default",
    "<float as Default>::default",
    "<bool as Default>::default",
    "<char as Default>::default",
    "<() as Default>::default",
  ],
  site((s) => {
    const t = s.retTy;
    return (m: Machine) => {
      const tmp = m.scratch(Math.max(1, layoutOf(t, m.tt).size));
      writeDefault(m, t, tmp);
      return m.loadValue(tmp, t);
    };
  }),
);

// `mem::take(&mut x)`: the old value out, the default in.
register(
  "std::mem::take",
  site((s, m) => {
    const t = s.retTy;
    const l = layoutOf(t, m.tt);
    if (l.repr === "memory") {
      return (mm: Machine, _f: unknown, dst: number, dest: number) => {
        mm.mem.copy(dst, dest, l.size);
        writeDefault(mm, t, dest);
      };
    }
    return (mm: Machine, _f: unknown, dest: number) => {
      const old = mm.loadValue(dest, t);
      writeDefault(mm, t, dest);
      return old;
    };
  }),
);
