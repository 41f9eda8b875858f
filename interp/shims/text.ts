/** Shims for `str` and `String`: construction, growth, slicing with std's panics, search, parsing. */

import { Unsupported } from "../errors.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import { type RType, showType } from "../machine/types.ts";
import type { ShimSite } from "./api.ts";
import { callTrait, freeTemp } from "./calltrait.ts";
import { parseIntText } from "./num.ts";
import { asSlice, vecView } from "./seq.ts";
import { register, registerDrop } from "./table.ts";
import {
  type AnyFrame,
  fieldOffset,
  heapFree,
  num,
  readOption,
  site,
  stdType,
  value,
  writeOption,
  writeResult,
} from "./util.ts";

const ENC = new TextEncoder();
const DEC = new TextDecoder("utf-8", { fatal: false });

/** The Vec<u8> inside a String. */
export function stringVec(m: Machine) {
  return vecView(m, stdType(m, "std::vec::Vec", [m.tt.u8]));
}

function stringTy(m: Machine): RType {
  return stdType(m, "std::string::String");
}

/** Offset of the inner Vec<u8> in a String. */
function vecOff(m: Machine): number {
  return fieldOffset(m, stringTy(m), "vec");
}

/** The `&str` of a String at `addr`. */
export function stringStr(m: Machine, addr: number): FatPtr {
  return stringVec(m).slice(addr + vecOff(m));
}

/** Writes a new String holding `bytes` at `dst`. */
export function newString(m: Machine, dst: number, bytes: Uint8Array): void {
  const vv = stringVec(m);
  const v = dst + vecOff(m);
  vv.init(v, bytes.length);
  if (bytes.length) m.mem.write(vv.ptr(v), bytes);
  vv.setLen(v, bytes.length);
}

/** Appends bytes to the String at `addr`. */
export function pushBytes(m: Machine, addr: number, bytes: Uint8Array): void {
  const vv = stringVec(m);
  const v = addr + vecOff(m);
  vv.reserve(v, bytes.length);
  const len = vv.len(v);
  if (bytes.length) m.mem.write(vv.ptr(v) + len, bytes);
  vv.setLen(v, len + bytes.length);
}

/** Decodes a `&str`. */
export function strOf(m: Machine, p: FatPtr): string {
  return DEC.decode(m.mem.read(p.p, p.m));
}

/** The `&str` a receiver denotes (`&str`, `&String`, `&&str`, `String` by address). */
function recvStr(m: Machine, t: RType, v: unknown): FatPtr {
  if (t.k === "ref" && t.to.k === "str") return v as FatPtr;
  if (t.k === "ref" && t.to.k === "ref") return recvStr(m, t.to, m.loadValue(v as number, t.to));
  if (t.k === "ref" && t.to.k === "adt" && t.to.def.name === "String") return stringStr(m, v as number);
  if (t.k === "adt" && t.def.name === "String") return stringStr(m, v as number);
  if (t.k === "str") return v as FatPtr;
  return asSlice(m, t, v);
}

function isCharBoundary(bytes: Uint8Array, i: number): boolean {
  return i === 0 || i === bytes.length || (i < bytes.length && (bytes[i] & 0xc0) !== 0x80);
}

/** Slices a str like `&s[a..b]`, with std's panic messages. */
export function sliceStr(
  m: Machine,
  s: FatPtr,
  start: number,
  end: number,
  span: ShimSite["span"],
  explicitStart: boolean,
  explicitEnd: boolean,
): FatPtr {
  const bytes = m.mem.read(s.p, s.m);
  const show = () => {
    const text = DEC.decode(bytes);
    const chars = [...text];
    return chars.length > 256 ? `${chars.slice(0, 256).join("")}\`[...]` : `${text}\``;
  };
  if (start > s.m) m.panic(`start byte index ${start} is out of bounds of \`${show()}`, span);
  if (end > s.m) m.panic(`end byte index ${end} is out of bounds of \`${show()}`, span);
  if (start > end) m.panic(`begin > end (${start} > ${end}) when slicing \`${show()}`, span);
  for (const [idx, which, explicit] of [[start, "start", explicitStart], [end, "end", explicitEnd]] as const) {
    if (!explicit || isCharBoundary(bytes, idx)) continue;
    let cs = idx;
    while (cs > 0 && (bytes[cs] & 0xc0) === 0x80) cs--;
    const ch = [...DEC.decode(bytes.subarray(cs, cs + 4))][0];
    const clen = ENC.encode(ch).length;
    m.panic(
      `${which} byte index ${idx} is not a char boundary; it is inside ${debugChar(ch)} (bytes ${cs}..${
        cs + clen
      }) of \`${show()}`,
      span,
    );
  }
  return new FatPtr(s.p + start, end - start);
}

function debugChar(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === "\\") return "'\\\\'";
  if (ch === "\n") return "'\\n'";
  return `'${ch}'`;
}

/** `Index<Range…>` on str and String. */
function strIndex(s: ShimSite, m: Machine) {
  const recvTy = s.argTys[0];
  const rt = s.argTys[1];
  if (rt?.k !== "adt") return undefined;
  const name = rt.def.name;
  void m;
  return (mm: Machine, _f: unknown, self: unknown, r: unknown) => {
    const str = recvStr(mm, recvTy, self);
    const read = (f: string) => num(mm.mem.readU64((r as number) + fieldOffset(mm, rt, f)));
    let a = 0, b = str.m, ea = false, eb = false;
    if (name === "Range") [a, b, ea, eb] = [read("start"), read("end"), true, true];
    else if (name === "RangeFrom") [a, ea] = [read("start"), true];
    else if (name === "RangeTo") [b, eb] = [read("end"), true];
    else if (name === "RangeInclusive") [a, b, ea, eb] = [read("start"), read("end") + 1, true, true];
    else if (name === "RangeToInclusive") [b, eb] = [read("end") + 1, true];
    return sliceStr(mm, str, a, b, s.span, ea, eb);
  };
}
register([
  "<str as Index>::index",
  "<String as Index>::index",
  "<str as IndexMut>::index_mut",
  "<String as IndexMut>::index_mut",
], site(strIndex, "value"));

// --- String -----------------------------------------------------------------------------------------------

register(
  ["String::new"],
  site(() => (m: Machine, _f: unknown, dst: number) => newString(m, dst, new Uint8Array(0)), "dst"),
);
register(
  ["String::with_capacity"],
  site(() => (m: Machine, _f: unknown, dst: number, n: unknown) => {
    const vv = stringVec(m);
    vv.init(dst + vecOff(m), num(n));
  }, "dst"),
);
register(
  [
    "<String as From>::from",
    "<str as ToString>::to_string",
    "<str as ToOwned>::to_owned",
    "<String as ToString>::to_string",
    "str::to_string",
    "str::to_owned",
    "<str as Into>::into",
    "<& as Into>::into",
  ],
  site((s, m) => {
    const argTy = s.argTys[0];
    if (s.retTy.k !== "adt" || s.retTy.def.name !== "String") return undefined;
    if (argTy?.k === "char") {
      return (mm: Machine, _f: unknown, dst: number, c: number) =>
        newString(mm, dst, ENC.encode(String.fromCodePoint(c)));
    }
    void m;
    return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
      const str = recvStr(mm, argTy, v);
      newString(mm, dst, mm.mem.read(str.p, str.m));
    };
  }, "dst"),
);
register(
  ["<char as ToString>::to_string"],
  site(
    () => (m: Machine, _f: unknown, dst: number, c: number) =>
      newString(m, dst, ENC.encode(String.fromCodePoint(m.mem.readU32(c)))),
    "dst",
  ),
);
register(
  ["<String as Clone>::clone"],
  site(() => (m: Machine, _f: unknown, dst: number, v: number) => {
    const str = stringStr(m, v);
    newString(m, dst, m.mem.read(str.p, str.m));
  }, "dst"),
);
register(
  ["String::push_str", "<String as AddAssign>::add_assign", "<String as Extend>::extend_from_str"],
  value((m: Machine, _f: unknown, v: number, s: FatPtr) => pushBytes(m, v, m.mem.read(s.p, s.m))),
);
register(
  ["String::push"],
  value((m: Machine, _f: unknown, v: number, c: number) => pushBytes(m, v, ENC.encode(String.fromCodePoint(c)))),
);
register(
  ["<String as Add>::add"],
  site(() => (m: Machine, _f: unknown, dst: number, v: number, s: FatPtr) => {
    m.mem.copy(dst, v, layoutOf(stringTy(m), m.tt).size);
    pushBytes(m, dst, m.mem.read(s.p, s.m));
  }, "dst"),
);
register(["String::len"], value((m: Machine, _f: unknown, v: number) => stringStr(m, v).m));
register(["String::is_empty"], value((m: Machine, _f: unknown, v: number) => (stringStr(m, v).m === 0 ? 1 : 0)));
register(["String::capacity"], value((m: Machine, _f: unknown, v: number) => stringVec(m).cap(v + vecOff(m))));
register([
  "String::as_str",
  "String::as_mut_str",
  "<String as Deref>::deref",
  "<String as DerefMut>::deref_mut",
  "<String as AsRef>::as_ref",
  "<String as Borrow>::borrow",
  "String::as_bytes",
  "<String as AsRef<[u8]>>::as_ref",
], value((m: Machine, _f: unknown, v: number) => stringStr(m, v)));
register(["String::clear"], value((m: Machine, _f: unknown, v: number) => stringVec(m).setLen(v + vecOff(m), 0)));
register(
  ["String::truncate"],
  site((s) => (m: Machine, _f: unknown, v: number, n: unknown) => {
    const str = stringStr(m, v);
    const k = num(n);
    if (k >= str.m) return;
    if (!isCharBoundary(m.mem.read(str.p, str.m), k)) {
      m.panic("assertion failed: self.is_char_boundary(new_len)", s.span);
    }
    stringVec(m).setLen(v + vecOff(m), k);
  }, "value"),
);
register(
  ["String::pop"],
  site((s) => (m: Machine, _f: unknown, dst: number, v: number) => {
    const str = stringStr(m, v);
    if (str.m === 0) return writeOption(m, s.retTy, dst, undefined, false);
    const text = strOf(m, str);
    const chars = [...text];
    const last = chars[chars.length - 1];
    stringVec(m).setLen(v + vecOff(m), str.m - ENC.encode(last).length);
    writeOption(m, s.retTy, dst, last.codePointAt(0), true);
  }, "dst"),
);
register(
  ["String::insert", "String::insert_str"],
  site((s) => {
    const isChar = s.argTys[2]?.k === "char";
    return (m: Machine, _f: unknown, v: number, at: unknown, x: unknown) => {
      const str = stringStr(m, v);
      const bytes = m.mem.read(str.p, str.m);
      const i = num(at);
      if (!isCharBoundary(bytes, i)) m.panic("assertion failed: self.is_char_boundary(idx)", s.span);
      const ins = isChar ? ENC.encode(String.fromCodePoint(x as number)) : m.mem.read((x as FatPtr).p, (x as FatPtr).m);
      const out = new Uint8Array(bytes.length + ins.length);
      out.set(bytes.subarray(0, i));
      out.set(ins, i);
      out.set(bytes.subarray(i), i + ins.length);
      stringVec(m).setLen(v + vecOff(m), 0);
      pushBytes(m, v, out);
    };
  }, "value"),
);
register(
  ["String::remove"],
  site((s) => (m: Machine, _f: unknown, v: number, at: unknown) => {
    const str = stringStr(m, v);
    const bytes = m.mem.read(str.p, str.m);
    const i = num(at);
    if (i >= bytes.length) m.panic("cannot remove a char from the end of a string", s.span);
    const ch = [...DEC.decode(bytes.subarray(i, i + 4))][0];
    const n = ENC.encode(ch).length;
    const out = new Uint8Array(bytes.length - n);
    out.set(bytes.subarray(0, i));
    out.set(bytes.subarray(i + n), i);
    stringVec(m).setLen(v + vecOff(m), 0);
    pushBytes(m, v, out);
    return ch.codePointAt(0);
  }, "value"),
);
register(
  ["String::into_bytes"],
  site(() => (m: Machine, _f: unknown, dst: number, v: number) => m.mem.copy(dst, v + vecOff(m), 24), "dst"),
);
register(
  ["String::from_utf8", "std::string::String::from_utf8"],
  site((s, m) => {
    const res = s.retTy;
    const vt = stdType(m, "std::vec::Vec", [m.tt.u8]);
    return (mm: Machine, _f: unknown, dst: number, vec: number) => {
      const vv = vecView(mm, vt);
      const bytes = mm.mem.read(vv.ptr(vec), vv.len(vec));
      const bad = utf8Error(bytes);
      if (bad === undefined) {
        const okAddr = dst + layoutOf(res, mm.tt).variants[0].fields[0].offset;
        mm.mem.copy(okAddr, vec, 24);
        mm.setVariant(res, dst, 0);
        return;
      }
      const errTy = (res as Extract<RType, { k: "adt" }>).args[1];
      const e = dst + layoutOf(res, mm.tt).variants[1].fields[0].offset;
      mm.mem.copy(e + fieldOffset(mm, errTy, "bytes"), vec, 24);
      writeUtf8Error(mm, fieldType(errTy, "error", mm), e + fieldOffset(mm, errTy, "error"), bad);
      mm.setVariant(res, dst, 1);
    };
  }, "dst"),
);

// `String::from_utf8_lossy` always returns `Cow::Owned` (invalid sequences become U+FFFD, the
// same maximal-subpart rule as TextDecoder); the borrowed/owned distinction is not observed.
register(
  ["String::from_utf8_lossy", "std::string::String::from_utf8_lossy"],
  site((s, m) => {
    const res = s.retTy;
    const owned = layoutOf(res, m.tt).variants[1].fields[0].offset;
    return (mm: Machine, _f: unknown, dst: number, b: FatPtr) => {
      const text = new TextDecoder("utf-8").decode(mm.mem.read(b.p, b.m));
      newString(mm, dst + owned, new TextEncoder().encode(text));
      mm.setVariant(res, dst, 1);
    };
  }, "dst"),
);
registerDrop("Cow", function* (m, ty, addr) {
  if (m.variantOf(ty, addr) !== 1) return;
  const off = layoutOf(ty, m.tt).variants[1].fields[0].offset;
  const vv = stringVec(m);
  const v = addr + off + vecOff(m);
  const cap = vv.cap(v);
  if (cap) heapFree(m, vv.ptr(v), cap);
});

function fieldType(t: RType, name: string, m: Machine): RType {
  const i = (t as Extract<RType, { k: "adt" }>).def.variants[0].fields.findIndex((f) => f.name === name);
  return layoutOf(t, m.tt).variants[0].fields[i].ty;
}

registerDrop("String", function* (m, _ty, addr) {
  const vv = stringVec(m);
  const v = addr + vecOff(m);
  const cap = vv.cap(v);
  if (cap) heapFree(m, vv.ptr(v), cap);
});

// --- UTF-8 validation ---------------------------------------------------------------------------------------

/** `{valid_up_to, error_len}` of the first invalid sequence, or undefined if `b` is valid UTF-8. */
export function utf8Error(b: Uint8Array): { validUpTo: number; errorLen: number | undefined } | undefined {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0, min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return { validUpTo: i, errorLen: 1 };
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length) return { validUpTo: i, errorLen: undefined };
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return { validUpTo: i, errorLen: k };
      cp = (cp << 6) | (cc & 0x3f);
      // Reject overlong, surrogate and out-of-range sequences at the second byte, like std.
      if (k === 1) {
        if (c === 0xe0 && cc < 0xa0) return { validUpTo: i, errorLen: 1 };
        if (c === 0xed && cc >= 0xa0) return { validUpTo: i, errorLen: 1 };
        if (c === 0xf0 && cc < 0x90) return { validUpTo: i, errorLen: 1 };
        if (c === 0xf4 && cc >= 0x90) return { validUpTo: i, errorLen: 1 };
      }
    }
    void min;
    i += n + 1;
  }
  return undefined;
}

function writeUtf8Error(
  m: Machine,
  errTy: RType,
  addr: number,
  e: { validUpTo: number; errorLen: number | undefined },
): void {
  m.mem.writeU64(addr + fieldOffset(m, errTy, "valid_up_to"), e.validUpTo);
  const optTy = fieldType(errTy, "error_len", m);
  writeOption(m, optTy, addr + fieldOffset(m, errTy, "error_len"), e.errorLen, e.errorLen !== undefined);
}

register(
  ["std::str::from_utf8", "std::str::from_utf8_mut", "str::from_utf8"],
  site((s) => {
    const res = s.retTy;
    return (m: Machine, _f: unknown, dst: number, b: FatPtr) => {
      const bad = utf8Error(m.mem.read(b.p, b.m));
      if (bad === undefined) return writeResult(m, res, dst, true, b);
      const errTy = (res as Extract<RType, { k: "adt" }>).args[1];
      const e = dst + layoutOf(res, m.tt).variants[1].fields[0].offset;
      writeUtf8Error(m, errTy, e, bad);
      m.setVariant(res, dst, 1);
    };
  }, "dst"),
);
register(
  ["std::str::from_utf8_unchecked", "std::str::from_utf8_unchecked_mut"],
  value((_m: Machine, _f: unknown, b: FatPtr) => b),
);
register(
  ["Utf8Error::error_len"],
  site((s, m) => {
    const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
    // The field is an `Option<u8>`; the method widens it to `Option<usize>`.
    const off = fieldOffset(m, t, "error_len");
    const ft = fieldType(t, "error_len", m);
    return (mm: Machine, _f: unknown, dst: number, e: number) => {
      const o = readOption(mm, ft, e + off);
      writeOption(mm, s.retTy, dst, o.some ? num(o.value) : undefined, o.some);
    };
  }, "dst"),
);
register(
  ["Utf8Error::valid_up_to"],
  site((s, m) => {
    const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
    const off = fieldOffset(m, t, "valid_up_to");
    return (mm: Machine, _f: unknown, e: number) => mm.mem.readU64(e + off);
  }, "value"),
);

// --- str ------------------------------------------------------------------------------------------------------

function strMethod(
  names: string | string[],
  make: (s: ShimSite, m: Machine) => ((...a: never[]) => unknown) | undefined,
  mode?: "value" | "dst" | "cont",
) {
  register((Array.isArray(names) ? names : [names]).map((n) => `str::${n}`), site(make as never, mode));
}

const strRecv = (m: Machine, s: ShimSite, v: unknown) => recvStr(m, s.argTys[0], v);

strMethod("len", (s) => (m: Machine, _f: unknown, v: unknown) => strRecv(m, s, v).m, "value");
strMethod("is_empty", (s) => (m: Machine, _f: unknown, v: unknown) => (strRecv(m, s, v).m === 0 ? 1 : 0), "value");
strMethod(["as_bytes", "as_bytes_mut"], (s) => (m: Machine, _f: unknown, v: unknown) => strRecv(m, s, v), "value");
strMethod(["as_ptr", "as_mut_ptr"], (s) => (m: Machine, _f: unknown, v: unknown) => strRecv(m, s, v).p, "value");
strMethod("is_char_boundary", (s) => (m: Machine, _f: unknown, v: unknown, i: unknown) => {
  const str = strRecv(m, s, v);
  return isCharBoundary(m.mem.read(str.p, str.m), num(i)) ? 1 : 0;
}, "value");
strMethod("chars", (s) => (m: Machine, _f: unknown, dst: number, v: unknown) => {
  const str = strRecv(m, s, v);
  m.mem.writePtr(dst, str.p);
  m.mem.writePtr(dst + 8, str.p + str.m);
}, "dst");
strMethod("char_indices", (s, m) => {
  const t = s.retTy;
  const off = fieldOffset(m, t, "front_offset"), it = fieldOffset(m, t, "iter");
  return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
    const str = strRecv(mm, s, v);
    mm.mem.writeU64(dst + off, 0);
    mm.mem.writePtr(dst + it, str.p);
    mm.mem.writePtr(dst + it + 8, str.p + str.m);
  };
}, "dst");
strMethod("bytes", (s) => (m: Machine, _f: unknown, dst: number, v: unknown) => {
  const str = strRecv(m, s, v);
  m.mem.writePtr(dst, str.p);
  m.mem.writePtr(dst + 8, str.p + str.m);
}, "dst");
strMethod(["lines", "split_whitespace"], (s, m) => {
  const off = fieldOffset(m, s.retTy, "rest");
  return (mm: Machine, _f: unknown, dst: number, v: unknown) => mm.mem.writeFat(dst + off, strRecv(mm, s, v));
}, "dst");
strMethod("split", (s, _m) => {
  const t = s.retTy;
  const patTy = s.argTys[1];
  return (mm: Machine, _f: unknown, dst: number, v: unknown, pat: unknown) => {
    mm.mem.writeFat(dst + fieldOffset(mm, t, "rest"), strRecv(mm, s, v));
    mm.storeValue(dst + fieldOffset(mm, t, "pat"), patTy, pat);
    mm.mem.writeU8(dst + fieldOffset(mm, t, "done"), 0);
  };
}, "dst");
for (
  const [name, fn] of [
    ["trim", (x: string) => x.replace(/^[\s]+|[\s]+$/gu, "")],
    ["trim_start", (x: string) => x.replace(/^[\s]+/u, "")],
    ["trim_end", (x: string) => x.replace(/[\s]+$/u, "")],
    ["trim_ascii", (x: string) => x.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, "")],
  ] as const
) {
  strMethod(name, (s) => (m: Machine, _f: unknown, v: unknown) => {
    const str = strRecv(m, s, v);
    const text = strOf(m, str);
    const t = fn(text);
    const startBytes =
      ENC.encode(text.slice(0, text.indexOf(t) >= 0 && t.length ? text.indexOf(t) : text.length)).length;
    return new FatPtr(str.p + (t.length ? startBytes : 0), ENC.encode(t).length);
  }, "value");
}
/** Text of a pattern argument (`&str`, `char`, `&String`, `&&str`). */
function patternText(m: Machine, t: RType, v: unknown): string | undefined {
  if (t.k === "char") return String.fromCodePoint(v as number);
  if (t.k === "ref" || t.k === "adt") return strOf(m, recvStr(m, t, v));
  return undefined;
}
for (const name of ["starts_with", "ends_with", "contains"]) {
  strMethod(name, (s) => (m: Machine, _f: unknown, v: unknown, pat: unknown) => {
    const text = strOf(m, strRecv(m, s, v));
    const p = patternText(m, s.argTys[1], pat);
    if (p === undefined) return 0;
    const r = name === "starts_with" ? text.startsWith(p) : name === "ends_with" ? text.endsWith(p) : text.includes(p);
    return r ? 1 : 0;
  }, "value");
}
// `strip_prefix` / `strip_suffix`: the rest of the string when the pattern matches at that end.
strMethod(["strip_prefix", "strip_suffix"], (s) => (m: Machine, _f: unknown, dst: number, v: unknown, pat: unknown) => {
  const str = strRecv(m, s, v);
  const p = patternText(m, s.argTys[1], pat);
  if (p === undefined) throw new Unsupported(`\`${s.path}\` with a pattern of type ${showType(s.argTys[1])}`);
  const pb = ENC.encode(p);
  const bytes = m.mem.read(str.p, str.m);
  const prefix = s.path.endsWith("prefix");
  const at = prefix ? 0 : str.m - pb.length;
  const ok = at >= 0 && pb.every((b, i) => bytes[at + i] === b);
  const rest = prefix ? new FatPtr(str.p + pb.length, str.m - pb.length) : new FatPtr(str.p, str.m - pb.length);
  writeOption(m, s.retTy, dst, ok ? rest : undefined, ok);
}, "dst");
strMethod(["find", "rfind"], (s) => (m: Machine, _f: unknown, dst: number, v: unknown, pat: unknown) => {
  const str = strRecv(m, s, v);
  const text = strOf(m, str);
  const p = patternText(m, s.argTys[1], pat) ?? "";
  const i = s.path.endsWith("rfind") ? text.lastIndexOf(p) : text.indexOf(p);
  writeOption(m, s.retTy, dst, i < 0 ? undefined : ENC.encode(text.slice(0, i)).length, i >= 0);
}, "dst");
strMethod(
  ["replace", "replacen"],
  (s) => (m: Machine, _f: unknown, dst: number, v: unknown, from: unknown, to: FatPtr, count?: unknown) => {
    const text = strOf(m, strRecv(m, s, v));
    const p = patternText(m, s.argTys[1], from) ?? "";
    const r = strOf(m, to);
    let out: string;
    if (count === undefined) out = p === "" ? text : text.split(p).join(r);
    else {
      out = text;
      let n = num(count), at = 0;
      while (n-- > 0) {
        const i = out.indexOf(p, at);
        if (i < 0) break;
        out = out.slice(0, i) + r + out.slice(i + p.length);
        at = i + r.length;
      }
    }
    newString(m, dst, ENC.encode(out));
  },
  "dst",
);
for (
  const [name, fn] of [
    ["to_uppercase", (x: string) => x.toUpperCase()],
    ["to_lowercase", (x: string) => x.toLowerCase()],
    ["to_ascii_uppercase", (x: string) => x.replace(/[a-z]/g, (c) => c.toUpperCase())],
    ["to_ascii_lowercase", (x: string) => x.replace(/[A-Z]/g, (c) => c.toLowerCase())],
  ] as const
) {
  strMethod(
    name,
    (s) => (m: Machine, _f: unknown, dst: number, v: unknown) =>
      newString(m, dst, ENC.encode(fn(strOf(m, strRecv(m, s, v))))),
    "dst",
  );
}
strMethod(
  "repeat",
  (s) => (m: Machine, _f: unknown, dst: number, v: unknown, n: unknown) =>
    newString(m, dst, ENC.encode(strOf(m, strRecv(m, s, v)).repeat(num(n)))),
  "dst",
);
strMethod("eq_ignore_ascii_case", (s) => (m: Machine, _f: unknown, a: unknown, b: FatPtr) => {
  const x = strOf(m, strRecv(m, s, a)).replace(/[A-Z]/g, (c) => c.toLowerCase());
  const y = strOf(m, b).replace(/[A-Z]/g, (c) => c.toLowerCase());
  return x === y ? 1 : 0;
}, "value");
strMethod("split_at", (s, m) => {
  const l = layoutOf(s.retTy, m.tt);
  return (mm: Machine, _f: unknown, dst: number, v: unknown, mid: unknown) => {
    const str = strRecv(mm, s, v);
    const k = num(mid);
    const a = sliceStr(mm, str, 0, k, s.span, false, true);
    mm.mem.writeFat(dst + l.variants[0].fields[0].offset, a);
    mm.mem.writeFat(dst + l.variants[0].fields[1].offset, new FatPtr(str.p + k, str.m - k));
  };
}, "dst");
strMethod("get", (s, m) => {
  const rt = s.argTys[1];
  void m;
  return (mm: Machine, _f: unknown, dst: number, v: unknown, r: number) => {
    const str = strRecv(mm, s, v);
    const bytes = mm.mem.read(str.p, str.m);
    let a = 0, b = str.m;
    const name = (rt as Extract<RType, { k: "adt" }>).def.name;
    const read = (f: string) => num(mm.mem.readU64(r + fieldOffset(mm, rt, f)));
    if (name === "Range") [a, b] = [read("start"), read("end")];
    else if (name === "RangeFrom") a = read("start");
    else if (name === "RangeTo") b = read("end");
    const ok = a <= b && b <= str.m && isCharBoundary(bytes, a) && isCharBoundary(bytes, b);
    writeOption(mm, s.retTy, dst, ok ? new FatPtr(str.p + a, b - a) : undefined, ok);
  };
}, "dst");

/** `str::parse::<F>()` for integers, floats and bools (user `FromStr` impls are handled below). */
function builtinParse(s: ShimSite) {
  const target = s.typeArgs[0];
  const res = s.retTy;
  if (target?.k === "int") {
    const t = target.name;
    return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
      const r = parseIntText(strOf(mm, strRecv(mm, s, v)), t);
      if (typeof r === "string") writeParseIntError(mm, res, dst, r);
      else writeResult(mm, res, dst, true, r);
    };
  }
  if (target?.k === "float") {
    return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
      const text = strOf(mm, strRecv(mm, s, v));
      const ok = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|infinity|nan)$/i.test(text);
      if (ok) {
        const x = /^[+-]?inf/i.test(text)
          ? (text.startsWith("-") ? -Infinity : Infinity)
          : /nan/i.test(text)
          ? NaN
          : Number(text);
        writeResult(mm, res, dst, true, target.bits === 32 ? Math.fround(x) : x);
      } else {
        const errTy = (res as Extract<RType, { k: "adt" }>).args[1];
        const e = dst + layoutOf(res, mm.tt).variants[1].fields[0].offset;
        const kindTy = fieldType(errTy, "kind", mm);
        mm.setVariant(kindTy, e + fieldOffset(mm, errTy, "kind"), text === "" ? 0 : 1);
        mm.setVariant(res, dst, 1);
      }
    };
  }
  if (target?.k === "bool") {
    return (mm: Machine, _f: unknown, dst: number, v: unknown) => {
      const text = strOf(mm, strRecv(mm, s, v));
      if (text === "true" || text === "false") writeResult(mm, res, dst, true, text === "true" ? 1 : 0);
      else mm.setVariant(res, dst, 1);
    };
  }
  return undefined;
}

register(
  ["str::parse", "<int as FromStr>::from_str", "<float as FromStr>::from_str", "<bool as FromStr>::from_str"],
  (s, m) => {
    const mm = m as Machine;
    const target = s.typeArgs[0] ?? s.self;
    const site2 = s.typeArgs[0] ? s : { ...s, typeArgs: [target!] };
    if (target?.k === "adt" && target.def.user) {
      return {
        mode: "cont",
        fn: (m2: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, v: unknown) => {
          const str = recvStr(m2, s.argTys[0], v);
          return m2.runGen(
            f,
            "parse",
            (function* () {
              const r = yield* callTrait(m2, target, "FromStr", "from_str", [str], [mm.tt.ref(mm.tt.str)], s.retTy);
              m2.mem.copy(dst, r as number, layoutOf(s.retTy, m2.tt).size);
              freeTemp(m2, r);
            })(),
            k,
          );
        },
      };
    }
    const fn = builtinParse(site2);
    return fn ? { mode: "dst", fn } : undefined;
  },
);

/** Writes `Err(ParseIntError { kind })` into a `Result<_, ParseIntError>`. */
export function writeParseIntError(m: Machine, res: RType, dst: number, kind: string): void {
  const errTy = (res as Extract<RType, { k: "adt" }>).args[1];
  const e = dst + layoutOf(res, m.tt).variants[1].fields[0].offset;
  const kindTy = fieldType(errTy, "kind", m);
  const idx = ["Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"].indexOf(kind);
  m.setVariant(kindTy, e + fieldOffset(m, errTy, "kind"), idx);
  m.setVariant(res, dst, 1);
}

register(
  ["ParseIntError::kind"],
  site((s, m) => {
    const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
    const off = fieldOffset(m, t, "kind");
    return (_m: Machine, _f: unknown, e: number) => e + off;
  }, "value"),
);

// Comparisons of str/String.
function strEq(s: ShimSite) {
  const ne = s.path.endsWith("::ne");
  return (m: Machine, _f: unknown, a: unknown, b: unknown) => {
    const x = recvStr(m, s.argTys[0], a), y = recvStr(m, s.argTys[1], b);
    let eq = x.m === y.m;
    if (eq) {
      const p = m.mem.read(x.p, x.m), q = m.mem.read(y.p, y.m);
      for (let i = 0; i < p.length && eq; i++) eq = p[i] === q[i];
    }
    return eq !== ne ? 1 : 0;
  };
}
for (const head of ["str", "String", "&"]) {
  register(
    [`<${head} as PartialEq>::eq`, `<${head} as PartialEq>::ne`],
    site((s) => {
      const a = s.argTys[0], b = s.argTys[1];
      const isText = (t: RType) => {
        let u = t;
        while (u.k === "ref") u = u.to;
        return u.k === "str" || (u.k === "adt" && u.def.name === "String");
      };
      if (!a || !b || !isText(a) || !isText(b)) return undefined;
      return strEq(s);
    }, "value"),
  );
}
register(
  [
    "<str as Ord>::cmp",
    "<String as Ord>::cmp",
    "<str as PartialOrd>::partial_cmp",
    "<String as PartialOrd>::partial_cmp",
  ],
  site((s, m) => {
    const ret = s.retTy;
    const isOption = ret.k === "adt" && ret.def.name === "Option";
    void m;
    return (mm: Machine, _f: unknown, dst: number, a: unknown, b: unknown) => {
      const x = mm.mem.read(recvStr(mm, s.argTys[0], a).p, recvStr(mm, s.argTys[0], a).m);
      const y = mm.mem.read(recvStr(mm, s.argTys[1], b).p, recvStr(mm, s.argTys[1], b).m);
      let c = 0;
      for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i] < y[i] ? -1 : x[i] > y[i] ? 1 : 0;
      if (c === 0) c = x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
      if (isOption) {
        const fl = layoutOf(ret, mm.tt).variants[1].fields[0];
        mm.setVariant(fl.ty, dst + fl.offset, c + 1);
        mm.setVariant(ret, dst, 1);
      } else mm.setVariant(ret, dst, c + 1);
    };
  }, "dst"),
);

// `Cow<str>` derefs to the borrowed str or the owned String's.
register(["<Cow as Deref>::deref", "<Cow as AsRef>::as_ref", "<Cow as Borrow>::borrow"], (s) => {
  const cowTy = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, p: number) => {
      const variant = m.variantOf(cowTy, p);
      const off = layoutOf(cowTy, m.tt).variants[variant].fields[0].offset;
      return variant === 0 ? m.mem.readFat(p + off) : stringStr(m, p + off);
    },
  };
});
