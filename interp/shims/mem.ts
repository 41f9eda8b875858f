/** Shims for `std::mem`, `std::ptr`, raw pointer methods, `NonNull` and `Box`. */

import { UndefinedBehavior } from "../errors.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import { isUnsized, type RType } from "../machine/types.ts";
import { register, registerDrop } from "./table.ts";
import { type AnyFrame, fieldOffset, heapAlloc, heapFree, num, site, sizeOf, value } from "./util.ts";

const targ = (s: { typeArgs: RType[] }, i = 0) => s.typeArgs[i];

/** Size of the pointee of a raw pointer or reference type. */
function pointeeSize(m: Machine, t: RType | undefined): number {
  if (!t || (t.k !== "ptr" && t.k !== "ref")) return 1;
  return layoutOf(t.to, m.tt).size;
}

/** Swaps `size` bytes at `a` and `b`. */
function swapBytes(m: Machine, a: number, b: number, size: number): void {
  if (a === b || size === 0) return;
  const x = m.mem.read(a, size);
  m.mem.copy(a, b, size);
  m.mem.write(b, x);
}

register(
  "std::mem::swap",
  site((s, m) => {
    const size = sizeOf(m, targ(s));
    return (mm: Machine, _f: unknown, a: number, b: number) => swapBytes(mm, a, b, size);
  }),
);

register(
  "std::mem::replace",
  site((s, m) => {
    const t = targ(s);
    const l = layoutOf(t, m.tt);
    if (l.repr === "memory") {
      return (mm: Machine, _f: unknown, dst: number, dest: number, src: number) => {
        mm.mem.copy(dst, dest, l.size);
        mm.mem.copy(dest, src, l.size);
      };
    }
    return (mm: Machine, _f: unknown, dest: number, src: unknown) => {
      const old = mm.loadValue(dest, t);
      mm.storeValue(dest, t, src);
      return old;
    };
  }),
);

// `drop(x)`: runs x's drop glue in place (the caller never uses x again).
register("std::mem::drop", (s, m) => {
  const t = targ(s);
  const mm = m as Machine;
  const l = layoutOf(t, mm.tt);
  return {
    mode: "cont",
    fn: (m2: Machine, f: AnyFrame, k: (v: unknown) => void, x: unknown) => {
      if (!m2.needsDrop(t)) return undefined;
      let addr = x as number;
      if (l.repr !== "memory") {
        addr = m2.scratch(l.size);
        m2.storeValue(addr, t, x);
      }
      return m2.runGen(f, "drop", m2.drops.glue(t, addr), k);
    },
  };
});

register(
  ["std::mem::forget", "std::mem::ManuallyDrop::new"],
  site((s, m) => {
    const l = layoutOf(s.retTy, m.tt);
    if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number, x: number) => mm.mem.copy(dst, x, l.size);
    return (_m: Machine, _f: unknown, x: unknown) => x;
  }),
);

register(
  "std::mem::size_of",
  site((s, m) => {
    const n = sizeOf(m, targ(s));
    return () => n;
  }, "value"),
);
register(
  "std::mem::align_of",
  site((s, m) => {
    const n = layoutOf(targ(s), m.tt).align;
    return () => n;
  }, "value"),
);
register(
  "std::mem::needs_drop",
  site((s, m) => {
    const n = m.needsDrop(targ(s)) ? 1 : 0;
    return () => n;
  }, "value"),
);
register(
  ["std::mem::size_of_val", "std::mem::align_of_val"],
  site((s, m) => {
    const t = targ(s);
    const align = s.path.includes("align_of_val");
    if (t.k === "slice" || t.k === "str") {
      const el = t.k === "slice" ? layoutOf(t.elem, m.tt) : { size: 1, align: 1 };
      return (_m: Machine, _f: unknown, p: FatPtr) => (align ? el.align : el.size * p.m);
    }
    if (t.k === "dyn") {
      return (mm: Machine, _f: unknown, p: FatPtr) => {
        const l = layoutOf(mm.dyn.vtableType(p.m), mm.tt);
        return align ? l.align : l.size;
      };
    }
    const l = layoutOf(t, m.tt);
    return () => (align ? l.align : l.size);
  }, "value"),
);

register(
  "std::mem::zeroed",
  site((s, m) => {
    const l = layoutOf(s.retTy, m.tt);
    if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number) => mm.mem.fill(dst, 0, l.size);
    const t = s.retTy;
    return (mm: Machine) => {
      const a = mm.scratch(l.size);
      mm.mem.fill(a, 0, l.size);
      return mm.loadValue(a, t);
    };
  }),
);

// --- std::ptr --------------------------------------------------------------------------------------

register(
  ["std::ptr::null", "std::ptr::null_mut", "std::ptr::dangling", "std::ptr::dangling_mut"],
  site((s, m) => {
    if (s.path.includes("dangling")) {
      const a = layoutOf(targ(s), m.tt).align;
      return () => a;
    }
    return () => 0;
  }, "value"),
);

register(
  [
    "std::ptr::read",
    "std::ptr::read_volatile",
    "std::ptr::read_unaligned",
    "*::read",
    "*::read_volatile",
    "*::read_unaligned",
  ],
  site((s, m) => {
    const t = s.self && (s.self.k === "ptr" || s.self.k === "ref") ? s.self.to : targ(s);
    const l = layoutOf(t, m.tt);
    if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number, p: number) => mm.mem.copy(dst, p, l.size);
    return (mm: Machine, _f: unknown, p: number) => mm.loadValue(p, t);
  }),
);

register(
  [
    "std::ptr::write",
    "std::ptr::write_volatile",
    "std::ptr::write_unaligned",
    "*::write",
    "*::write_volatile",
    "*::write_unaligned",
  ],
  site((s) => {
    const t = s.self && (s.self.k === "ptr" || s.self.k === "ref") ? s.self.to : targ(s);
    return (mm: Machine, _f: unknown, p: number, v: unknown) => mm.storeValue(p, t, v);
  }, "value"),
);

register(
  ["std::ptr::copy_nonoverlapping", "std::ptr::copy", "std::intrinsics::copy_nonoverlapping"],
  site((s, m) => {
    const size = sizeOf(m, targ(s));
    const overlapCheck = s.path.includes("nonoverlapping");
    return (mm: Machine, _f: unknown, src: number, dst: number, count: unknown) => {
      const n = num(count) * size;
      if (overlapCheck && n > 0 && src < dst + n && dst < src + n && src !== dst) {
        throw new UndefinedBehavior("`copy_nonoverlapping` called with overlapping source and destination");
      }
      mm.mem.copy(dst, src, n);
    };
  }, "value"),
);

register(
  ["*::copy_from_nonoverlapping", "*::copy_to_nonoverlapping", "*::copy_from", "*::copy_to"],
  site((s, m) => {
    const size = pointeeSize(m, s.self);
    const from = s.path.includes("copy_from");
    return (mm: Machine, _f: unknown, self: number, other: number, count: unknown) => {
      const n = num(count) * size;
      if (from) mm.mem.copy(self, other, n);
      else mm.mem.copy(other, self, n);
    };
  }, "value"),
);

register(
  ["std::ptr::write_bytes", "*::write_bytes"],
  site((s, m) => {
    const size = s.self ? pointeeSize(m, s.self) : sizeOf(m, targ(s));
    return (mm: Machine, _f: unknown, p: number, byte: number, count: unknown) =>
      mm.mem.fill(p, byte & 255, num(count) * size);
  }, "value"),
);

register(["std::ptr::drop_in_place", "*::drop_in_place"], (s, m) => {
  const t = s.self && (s.self.k === "ptr" || s.self.k === "ref") ? s.self.to : targ(s);
  void m;
  return {
    mode: "cont",
    fn: (mm: Machine, f: AnyFrame, k: (v: unknown) => void, p: number | FatPtr) => {
      let ty = t;
      let addr = p as number;
      if (p instanceof FatPtr) {
        addr = p.p;
        if (t.k === "dyn") ty = mm.dyn.vtableType(p.m);
        if (t.k === "slice") return mm.runGen(f, "drop_in_place", mm.drops.slice(t.elem, p.p, p.m), k);
      }
      return mm.runGen(f, "drop_in_place", mm.drops.glue(ty, addr), k);
    },
  };
});

register(
  ["std::ptr::eq", "std::ptr::addr_eq"],
  value((_m: Machine, _f: unknown, a: unknown, b: unknown) => {
    const pa = a instanceof FatPtr ? a.p : a, pb = b instanceof FatPtr ? b.p : b;
    if (a instanceof FatPtr && b instanceof FatPtr) return pa === pb && a.m === b.m ? 1 : 0;
    return pa === pb ? 1 : 0;
  }),
);

// --- raw pointer methods ------------------------------------------------------------------------------

for (
  const name of [
    "add",
    "offset",
    "sub",
    "wrapping_add",
    "wrapping_offset",
    "wrapping_sub",
    "byte_add",
    "byte_sub",
    "byte_offset",
  ]
) {
  register(
    `*::${name}`,
    site((s, m) => {
      const size = name.startsWith("byte_") ? 1 : pointeeSize(m, s.self);
      const neg = name.includes("sub");
      return (_m: Machine, _f: unknown, p: number | FatPtr, n: unknown) => {
        const delta = Number(n) * size * (neg ? -1 : 1);
        if (p instanceof FatPtr) return new FatPtr(p.p + delta, p.m);
        return p + delta;
      };
    }, "value"),
  );
}
register(
  ["*::offset_from", "*::offset_from_unsigned", "*::byte_offset_from"],
  site((s, m) => {
    const size = s.path.includes("byte_") ? 1 : pointeeSize(m, s.self);
    return (_m: Machine, _f: unknown, a: number, b: number) => {
      const d = a - b;
      if (size && d % size !== 0) {
        throw new UndefinedBehavior("`offset_from` of pointers not a whole number of elements apart");
      }
      return size ? d / size : 0;
    };
  }, "value"),
);
register(
  ["*::is_null"],
  value((_m: Machine, _f: unknown, p: number | FatPtr) => ((p instanceof FatPtr ? p.p : p) === 0 ? 1 : 0)),
);
register(
  ["*::cast", "*::cast_mut", "*::cast_const", "&::cast"],
  site((s, m) => {
    const fromFat = s.argTys[0] && layoutOf(s.argTys[0], m.tt).repr === "pair";
    const toFat = layoutOf(s.retTy, m.tt).repr === "pair";
    return (_m: Machine, _f: unknown, p: number | FatPtr) => (fromFat && !toFat ? (p as FatPtr).p : p);
  }, "value"),
);
register(
  ["*::addr", "*::expose_provenance", "*::to_bits"],
  value((_m: Machine, _f: unknown, p: number | FatPtr) => (p instanceof FatPtr ? p.p : p)),
);
register(
  ["*::as_ref", "*::as_mut"],
  site((s, m) => {
    const opt = s.retTy;
    const l = layoutOf(opt, m.tt);
    if (l.repr !== "memory") return (_m: Machine, _f: unknown, p: number) => p;
    return (mm: Machine, _f: unknown, dst: number, p: number | FatPtr) => {
      const isNull = (p instanceof FatPtr ? p.p : p) === 0;
      const fl = l.variants[1].fields[0];
      if (!isNull) mm.storeValue(dst + fl.offset, fl.ty, p);
      mm.setVariant(opt, dst, isNull ? 0 : 1);
    };
  }),
);

register([
  "std::ptr::slice_from_raw_parts",
  "std::ptr::slice_from_raw_parts_mut",
  "std::slice::from_raw_parts",
  "std::slice::from_raw_parts_mut",
], value((_m: Machine, _f: unknown, p: number, len: unknown) => new FatPtr(p, num(len))));

register([
  "std::ptr::without_provenance",
  "std::ptr::without_provenance_mut",
  "std::ptr::with_exposed_provenance",
  "std::ptr::with_exposed_provenance_mut",
], value((_m: Machine, _f: unknown, a: unknown) => num(a)));

// --- NonNull ------------------------------------------------------------------------------------------

register(
  ["NonNull::new_unchecked", "NonNull::as_ptr", "NonNull::cast", "NonNull::from"],
  site((s, m) => {
    const l = layoutOf(s.retTy, m.tt);
    if (l.repr === "memory") {
      // NonNull<T> → *mut T and back: the pointer is the first (only) field.
      return (mm: Machine, _f: unknown, dst: number, p: unknown) =>
        mm.storeValue(dst, mm.tt.ptr(mm.tt.u8), typeof p === "number" ? p : mm.mem.readPtr(p as number));
    }
    const argMem = s.argTys[0] && layoutOf(s.argTys[0], m.tt).repr === "memory";
    return (mm: Machine, _f: unknown, p: unknown) => (argMem ? mm.mem.readPtr(p as number) : p);
  }),
);
register(
  "NonNull::dangling",
  site((s, m) => {
    const a = layoutOf(s.self!.k === "adt" ? s.self!.args[0] : m.tt.u8, m.tt).align;
    return (mm: Machine, _f: unknown, dst: number) => mm.mem.writePtr(dst, a);
  }, "dst"),
);
register(
  "NonNull::new",
  site((s, m) => {
    const opt = s.retTy;
    const l = layoutOf(opt, m.tt);
    return (mm: Machine, _f: unknown, dst: number, p: number) => {
      if (p !== 0) mm.mem.writePtr(dst + l.variants[1].fields[0].offset, p);
      mm.setVariant(opt, dst, p === 0 ? 0 : 1);
    };
  }, "dst"),
);

// --- Box ----------------------------------------------------------------------------------------------

function boxPointee(t: RType | undefined): RType | undefined {
  return t && t.k === "adt" && t.def.name === "Box" ? t.args[0] : undefined;
}

register(
  "Box::new",
  site((s, m) => {
    const t = boxPointee(s.self) ?? boxPointee(s.retTy)!;
    const l = layoutOf(t, m.tt);
    return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
      const a = heapAlloc(mm, l.size, l.align, `Box<${t.key}>`);
      mm.storeValue(a, t, v);
      mm.mem.writePtr(dst, a);
    };
  }, "dst"),
);

register(
  ["Box::new_uninit", "Box::new_zeroed"],
  site((s, m) => {
    const inner = boxPointee(s.retTy)!; // MaybeUninit<T>
    const l = layoutOf(inner, m.tt);
    return (mm: Machine, _f: unknown, dst: number) =>
      mm.mem.writePtr(dst, heapAlloc(mm, l.size, l.align, `Box<${inner.key}>`));
  }, "dst"),
);

register(
  ["std::boxed::box_assume_init_into_vec_unsafe", "std::boxed::box_new"],
  site((s, m) => {
    if (s.path.includes("box_new")) {
      const t = targ(s);
      const l = layoutOf(t, m.tt);
      return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
        const a = heapAlloc(mm, l.size, l.align, `Box<${t.key}>`);
        mm.storeValue(a, t, v);
        mm.mem.writePtr(dst, a);
      };
    }
    const vec = s.retTy;
    const n = num(s.typeArgs[1]?.k === "const" ? s.typeArgs[1].value : 0n);
    const ptrOff = fieldOffset(m, vec, "ptr"), capOff = fieldOffset(m, vec, "cap"), lenOff = fieldOffset(m, vec, "len");
    return (mm: Machine, _f: unknown, dst: number, box: number) => {
      const p = mm.mem.readPtr(box);
      mm.mem.writePtr(dst + ptrOff, p);
      mm.mem.writeU64(dst + capOff, n);
      mm.mem.writeU64(dst + lenOff, n);
    };
  }, "dst"),
);

register(
  ["Box::into_raw", "Box::leak", "Box::as_ptr", "Box::as_mut_ptr"],
  site((s, m) => {
    const fatPtr = layoutOf(s.retTy, m.tt).repr === "pair";
    return (mm: Machine, _f: unknown, b: number) => (fatPtr ? mm.mem.readFat(b) : mm.mem.readPtr(b));
  }, "value"),
);
register(
  "Box::from_raw",
  site((s, m) => {
    const fatPtr = isUnsized(boxPointee(s.retTy) ?? m.tt.u8);
    return (mm: Machine, _f: unknown, dst: number, p: number | FatPtr) => {
      if (fatPtr) mm.mem.writeFat(dst, p as FatPtr);
      else mm.mem.writePtr(dst, p as number);
    };
  }, "dst"),
);
register(
  [
    "<Box as Deref>::deref",
    "<Box as DerefMut>::deref_mut",
    "<Box as AsRef>::as_ref",
    "<Box as AsMut>::as_mut",
    "<Box as Borrow>::borrow",
  ],
  site((s, m) => {
    const fatPtr = layoutOf(s.retTy, m.tt).repr === "pair";
    return (mm: Machine, _f: unknown, b: number) => (fatPtr ? mm.mem.readFat(b) : mm.mem.readPtr(b));
  }, "value"),
);

registerDrop("Box", function* (m, ty, addr) {
  const inner = ty.args[0];
  if (isUnsized(inner)) {
    const fp = m.mem.readFat(addr);
    let concrete = inner;
    if (inner.k === "dyn") concrete = m.dyn.vtableType(fp.m);
    if (inner.k === "slice") {
      yield* m.drops.slice(inner.elem, fp.p, fp.m);
      heapFree(m, fp.p, layoutOf(inner.elem, m.tt).size * fp.m);
      return;
    }
    if (inner.k === "str") {
      heapFree(m, fp.p, fp.m);
      return;
    }
    yield* m.drops.glue(concrete, fp.p);
    heapFree(m, fp.p, layoutOf(concrete, m.tt).size);
    return;
  }
  const p = m.mem.readPtr(addr);
  yield* m.drops.glue(inner, p);
  heapFree(m, p, layoutOf(inner, m.tt).size);
});

// Box<T: Clone>::clone for Copy-like payloads (byte copy); other payloads need their Clone impl.
register(
  "<Box as Clone>::clone",
  site((s, m) => {
    const t = boxPointee(s.self);
    if (!t || m.needsDrop(t) || isUnsized(t)) return undefined;
    const l = layoutOf(t, m.tt);
    return (mm: Machine, _f: unknown, dst: number, self: number) => {
      const a = heapAlloc(mm, l.size, l.align, `Box<${t.key}>`);
      mm.mem.copy(a, mm.mem.readPtr(self), l.size);
      mm.mem.writePtr(dst, a);
    };
  }, "dst"),
);

// Identity functions: `must_use` (what `format!` expands to), `identity`, `black_box`.
register(
  ["std::hint::must_use", "std::convert::identity", "std::hint::black_box"],
  site((s, m) => {
    const l = layoutOf(s.retTy, m.tt);
    if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number, x: number) => mm.mem.copy(dst, x, l.size);
    return (_m: Machine, _f: unknown, x: unknown) => x;
  }),
);

// `ManuallyDrop<T>` is transparent: deref gives a reference to the value where it is.
register(
  ["<ManuallyDrop as Deref>::deref", "<ManuallyDrop as DerefMut>::deref_mut", "ManuallyDrop::into_inner"],
  site((s, m) => {
    if (s.path.endsWith("into_inner")) {
      const l = layoutOf(s.retTy, m.tt);
      if (l.repr === "memory") return (mm: Machine, _f: unknown, dst: number, x: number) => mm.mem.copy(dst, x, l.size);
      return (_m: Machine, _f: unknown, x: unknown) => x;
    }
    return (_m: Machine, _f: unknown, p: number) => p;
  }),
);
