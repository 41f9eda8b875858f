/**
 * Formatting: `fmt::Arguments` and `Argument`, `print!`/`eprint!`/`format!`/`write!`, the
 * `Formatter` user code receives (its queries, `pad`, `write_fmt`, Debug builders and the helpers
 * derived Debug impls call), Display/Debug of std types, panics with formatted messages, and
 * std's line-buffered stdout. Text rendering itself is in `interp/fmt/` (decoded templates, exact
 * number and string formatting, builders); this module walks values in memory and calls user
 * `fmt` impls when a value's type is the program's own.
 */

import { InternalError, UndefinedBehavior, Unsupported } from "../errors.ts";
import {
  DebugList,
  DebugMap,
  DebugSet,
  DebugStruct,
  DebugTuple,
  decodeTemplate,
  DEFAULT_SPEC,
  type FmtTrait,
  formatPrimitive,
  type FormatSpec,
  formatterQueries,
  pad,
  padIntegral,
  type Piece,
  resolveSpec,
  strDebug,
  StringWriter,
  type Writer,
} from "../fmt/mod.ts";
import type { NativeRequest } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import { ERRNO_TABLE } from "../std/errno.ts";
import type { ShimSite } from "./api.ts";
import { callTrait, freeTemp } from "./calltrait.ts";
import { newString, pushBytes, stringStr } from "./text.ts";
import { register } from "./table.ts";
import { type AnyFrame, fieldOffset, fieldType, heapFree, num, stdType } from "./util.ts";

type Gen<T> = Generator<NativeRequest, T, unknown>;
type Adt = Extract<RType, { k: "adt" }>;

const ENC = new TextEncoder();
const DEC = new TextDecoder();
/** The `nargs` value marking an `Arguments` built from a plain string. */
const LITERAL = 9007199254740991;

const TRAIT_NAMES: Record<FmtTrait, string> = {
  display: "Display",
  debug: "Debug",
  lowerHex: "LowerHex",
  upperHex: "UpperHex",
  octal: "Octal",
  binary: "Binary",
  lowerExp: "LowerExp",
  upperExp: "UpperExp",
  pointer: "Pointer",
};

/** State of a `Formatter` handed to user code. */
interface FState {
  w: Writer;
  spec: FormatSpec;
}

/** std's `LineWriter` around fd 1: holds output until a newline, a full buffer, a flush or exit. */
export class StdoutBuffer {
  private buf: number[] = [];
  constructor(private m: Machine) {}
  /** Bytes that must be written to fd 1 now for `data` to be written (the rest stays buffered). */
  push(data: Uint8Array): Uint8Array {
    const out: number[] = [];
    const nl = data.lastIndexOf(10);
    if (nl >= 0) {
      out.push(...this.buf, ...data.subarray(0, nl + 1));
      this.buf = Array.from(data.subarray(nl + 1));
    } else {
      if (this.buf.length && this.buf[this.buf.length - 1] === 10) out.push(...this.buf.splice(0));
      if (this.buf.length + data.length > 1024) out.push(...this.buf.splice(0));
      if (data.length >= 1024) out.push(...data);
      else this.buf.push(...data);
    }
    return Uint8Array.from(out);
  }
  /** Everything buffered (and empties the buffer). */
  take(): Uint8Array {
    return Uint8Array.from(this.buf.splice(0));
  }
  get empty(): boolean {
    return this.buf.length === 0;
  }
}

/** Formatting machinery of one machine. */
export class FmtShims {
  private formatters: ({ ty: RType; trait: FmtTrait } | { count: true })[] = [{ count: true }];
  private formatterIds = new Map<string, number>();
  private states = new Map<number, FState>();
  private builders = new Map<number, unknown>();
  private nextHandle = 1;
  readonly stdout: StdoutBuffer;

  constructor(private m: Machine) {
    this.stdout = new StdoutBuffer(m);
  }

  /** The id stored in an `Argument` for formatting a `ty` with `trait`. */
  formatterId(ty: RType, trait: FmtTrait | "count"): number {
    if (trait === "count") return 0;
    const key = `${trait}:${ty.key}`;
    let id = this.formatterIds.get(key);
    if (id === undefined) {
      id = this.formatters.length;
      this.formatters.push({ ty, trait });
      this.formatterIds.set(key, id);
    }
    return id;
  }

  /** Formats the `Arguments` at `args` into `w`. */
  *writeArguments(args: number, w: Writer): Gen<void> {
    const m = this.m;
    const at = stdType(m, "std::fmt::Arguments");
    const tmpl = m.mem.readPtr(args + fieldOffset(m, at, "template"));
    const tlen = num(m.mem.readU64(args + fieldOffset(m, at, "template_len")));
    const argv = m.mem.readPtr(args + fieldOffset(m, at, "args"));
    const nargs = num(m.mem.readU64(args + fieldOffset(m, at, "nargs")));
    if (nargs === LITERAL) {
      w.write(m.mem.readUtf8(tmpl, tlen));
      return;
    }
    let pieces: Piece[];
    try {
      pieces = decodeTemplate(m.mem.read(tmpl, tlen), nargs);
    } catch (e) {
      throw new Unsupported(`a format string template the interpreter cannot decode: ${(e as Error).message}`);
    }
    const argT = stdType(m, "core::fmt::rt::Argument");
    const asize = layoutOf(argT, m.tt).size;
    const vOff = fieldOffset(m, argT, "value"), fOff = fieldOffset(m, argT, "formatter");
    const count = (i: number) => num(m.mem.readU64(m.mem.readPtr(argv + i * asize + vOff)));
    for (const p of pieces) {
      if (typeof p === "string") {
        w.write(p);
        continue;
      }
      const a = argv + p.arg * asize;
      const fmt = this.formatters[num(m.mem.readU64(a + fOff))];
      if (!fmt || "count" in fmt) {
        // Only an `Argument` not made by `Argument::new_*` (uninitialised memory) gets here.
        throw new UndefinedBehavior("formatting an `fmt::Argument` that was never initialised");
      }
      const spec = resolveSpec(p, count);
      yield* this.formatValue(fmt.ty, fmt.trait, m.mem.readPtr(a + vOff), spec, w);
    }
  }

  /** Formats the value of type `ty` at `addr` with `trait` and `spec` into `w`. */
  *formatValue(ty: RType, trait: FmtTrait, addr: number, spec: FormatSpec, w: Writer): Gen<void> {
    const m = this.m;
    const mem = m.mem;
    switch (ty.k) {
      case "int":
        w.write(formatPrimitive({ ty: ty.name, value: mem.readInt(addr, ty.name) }, trait, spec));
        return;
      case "float":
        w.write(
          formatPrimitive(
            { ty: ty.bits === 32 ? "f32" : "f64", value: ty.bits === 32 ? mem.readF32(addr) : mem.readF64(addr) },
            trait,
            spec,
          ),
        );
        return;
      case "bool":
        w.write(formatPrimitive({ ty: "bool", value: mem.readU8(addr) === 1 }, trait, spec));
        return;
      case "char":
        w.write(formatPrimitive({ ty: "char", value: mem.readU32(addr) }, trait, spec));
        return;
      case "tuple":
        if (ty.elems.length === 0) {
          w.write(formatPrimitive({ ty: "unit" }, trait, spec));
          return;
        }
        if (trait !== "debug") break;
        {
          const b = new DebugTuple(w, "", spec.alternate);
          const l = layoutOf(ty, m.tt);
          for (const fl of l.variants[0].fields) {
            yield* this.formatValue(fl.ty, trait, addr + fl.offset, spec, b.field());
            b.endField();
          }
          b.finish();
        }
        return;
      case "array":
        if (trait !== "debug") break;
        yield* this.list(ty.elem, addr, ty.len, spec, w);
        return;
      case "ref":
      case "ptr": {
        if (trait === "pointer" || ty.k === "ptr") {
          const v = m.loadValue(addr, ty);
          if (v instanceof FatPtr) {
            const meta = ty.to.k === "dyn" ? { vtable: v.m } : { len: v.m };
            w.write(
              formatPrimitive({ ty: "ptr", value: v.p, metadata: meta }, trait === "debug" ? "pointer" : trait, spec),
            );
          } else {w.write(
              formatPrimitive({ ty: "ptr", value: v as number }, trait === "debug" ? "pointer" : trait, spec),
            );}
          return;
        }
        const to = ty.to;
        if (to.k === "str" || to.k === "slice" || to.k === "dyn") {
          yield* this.formatUnsized(to, trait, mem.readFat(addr), spec, w);
          return;
        }
        yield* this.formatValue(to, trait, mem.readPtr(addr), spec, w);
        return;
      }
      case "fnPtr":
        w.write(formatPrimitive({ ty: "ptr", value: mem.readPtr(addr) }, "pointer", spec));
        return;
      case "adt":
        if (ty.def.user) {
          yield* this.userFmt(ty, trait, addr, spec, w);
          return;
        }
        yield* this.stdFmt(ty, trait, addr, spec, w);
        return;
      case "dyn":
        throw new InternalError("formatting a dyn value without its metadata");
      default:
        break;
    }
    throw new Unsupported(`formatting a value of type ${ty.key} with {:${trait}}`);
  }

  /** Formats an unsized value behind a fat pointer (`str`, slices, trait objects). */
  *formatUnsized(to: RType, trait: FmtTrait, p: FatPtr, spec: FormatSpec, w: Writer): Gen<void> {
    const m = this.m;
    if (to.k === "str") {
      w.write(formatPrimitive({ ty: "str", value: m.mem.readUtf8(p.p, p.m) }, trait, spec));
      return;
    }
    if (to.k === "slice") {
      if (trait !== "debug") throw new Unsupported(`formatting a slice with {:${trait}}`);
      yield* this.list(to.elem, p.p, p.m, spec, w);
      return;
    }
    const concrete = m.dyn.vtableType(p.m);
    yield* this.formatValue(concrete, trait, p.p, spec, w);
  }

  private *list(elem: RType, addr: number, n: number, spec: FormatSpec, w: Writer): Gen<void> {
    const size = layoutOf(elem, this.m.tt).size;
    const b = new DebugList(w, spec.alternate);
    for (let i = 0; i < n; i++) {
      yield* this.formatValue(elem, "debug", addr + i * size, spec, b.entry());
      b.endEntry();
    }
    b.finish();
  }

  /** Calls the program's own `fmt` for `ty`, with a Formatter writing to `w`. */
  private *userFmt(ty: RType, trait: FmtTrait, addr: number, spec: FormatSpec, w: Writer): Gen<void> {
    const m = this.m;
    const f = yield* this.withFormatter(w, spec, function* (fAddr) {
      const resTy = stdType(m, "std::result::Result", [m.tt.unit, stdType(m, "std::fmt::Error")]);
      const fmtTy = stdType(m, "std::fmt::Formatter");
      const r = yield* callTrait(
        m,
        ty,
        TRAIT_NAMES[trait],
        "fmt",
        [addr, fAddr],
        [m.tt.ref(ty), m.tt.ref(fmtTy, true)],
        resTy,
      );
      const err = m.variantOf(resTy, r as number) === 1;
      freeTemp(m, r);
      return err;
    });
    if (f) throw new FormatError();
  }

  /** Runs `body` with a Formatter (in memory) whose output goes to `w`. */
  *withFormatter<T>(w: Writer, spec: FormatSpec, body: (fAddr: number) => Gen<T>): Gen<T> {
    const m = this.m;
    const handle = this.nextHandle++;
    this.states.set(handle, { w, spec });
    const a = m.mem.alloc(8, 8, "runtime", "a Formatter");
    m.mem.writeU64(a.base, handle);
    try {
      return yield* body(a.base);
    } finally {
      this.states.delete(handle);
      m.mem.release(a);
    }
  }

  /** The state of the Formatter at `fAddr`. */
  state(fAddr: number): FState {
    const s = this.states.get(num(this.m.mem.readU64(fAddr)));
    if (!s) throw new Unsupported("a Formatter the interpreter did not create");
    return s;
  }

  /** `{:?}` of the value at `addr` as a string. */
  *debugToString(ty: RType, addr: number): Gen<string> {
    const w = new StringWriter();
    yield* this.formatValue(ty, "debug", addr, DEFAULT_SPEC, w);
    return w.text;
  }

  /** `{}` of the value at `addr` as a string. */
  *displayToString(ty: RType, addr: number): Gen<string> {
    const w = new StringWriter();
    yield* this.formatValue(ty, "display", addr, DEFAULT_SPEC, w);
    return w.text;
  }

  /** Registers a builder object created for user code; returns its handle. */
  newBuilder(b: unknown): number {
    const h = this.nextHandle++;
    this.builders.set(h, b);
    return h;
  }

  /** A builder by handle. */
  builder<T>(h: number): T {
    const b = this.builders.get(h);
    if (!b) throw new Unsupported("a Debug builder the interpreter did not create");
    return b as T;
  }

  /** Display/Debug of std types. */
  private *stdFmt(ty: Adt, trait: FmtTrait, addr: number, spec: FormatSpec, w: Writer): Gen<void> {
    const m = this.m;
    const mem = m.mem;
    const name = ty.def.name;
    const debug = trait === "debug";
    switch (ty.def.path) {
      case "std::string::String": {
        const s = stringStr(m, addr);
        yield* this.formatUnsized(m.tt.str, trait, s, spec, w);
        return;
      }
      case "std::borrow::Cow": {
        // Cow<str>: Borrowed(&str) or Owned(String); both print as the str.
        const variant = m.variantOf(ty, addr);
        const l = layoutOf(ty, m.tt).variants[variant].fields[0];
        const s = variant === 0 ? mem.readFat(addr + l.offset) : stringStr(m, addr + l.offset);
        yield* this.formatUnsized(m.tt.str, trait, s, spec, w);
        return;
      }
      case "std::vec::Vec": {
        const vt = ty;
        const p = mem.readPtr(addr + fieldOffset(m, vt, "ptr"));
        const len = num(mem.readU64(addr + fieldOffset(m, vt, "len")));
        if (debug) return yield* this.list(ty.args[0], p, len, spec, w);
        break;
      }
      case "std::boxed::Box":
      case "std::sync::Arc":
      case "std::rc::Rc":
      case "std::pin::Pin": {
        const inner = ty.args[0];
        if (name === "Box") {
          if (inner.k === "str" || inner.k === "slice" || inner.k === "dyn") {
            return yield* this.formatUnsized(inner, trait, mem.readFat(addr), spec, w);
          }
          return yield* this.formatValue(inner, trait, mem.readPtr(addr), spec, w);
        }
        if (name === "Pin") return yield* this.formatValue(fieldType(m, ty, "pointer"), trait, addr, spec, w);
        const innerTy = stdType(m, name === "Arc" ? "std::sync::ArcInner" : "std::rc::RcInner", [inner]);
        return yield* this.formatValue(
          inner,
          trait,
          mem.readPtr(addr) + fieldOffset(m, innerTy, name === "Arc" ? "data" : "value"),
          spec,
          w,
        );
      }
      case "std::sync::MutexGuard": {
        const mt = stdType(m, "std::sync::Mutex", [ty.args[0]]);
        return yield* this.formatValue(ty.args[0], trait, mem.readPtr(addr) + fieldOffset(m, mt, "data"), spec, w);
      }
      case "std::cell::Ref":
      case "std::cell::RefMut":
        return yield* this.formatValue(ty.args[0], trait, mem.readPtr(addr), spec, w);
      case "std::num::Wrapping":
      case "std::num::NonZero":
      case "std::mem::ManuallyDrop":
        return yield* this.formatValue(layoutOf(ty, m.tt).variants[0].fields[0].ty, trait, addr, spec, w);
      case "std::fmt::Arguments": {
        // Display and Debug of Arguments both write the formatted text.
        if (spec.width === undefined && spec.precision === undefined) return yield* this.writeArguments(addr, w);
        const sw = new StringWriter();
        yield* this.writeArguments(addr, sw);
        w.write(pad(sw.text, spec));
        return;
      }
      case "std::io::Error":
        return yield* this.ioError(ty, addr, debug, spec, w);
      case "std::sync::Mutex": {
        if (!debug) break;
        const b = new DebugStruct(w, "Mutex", spec.alternate);
        yield* this.formatValue(ty.args[0], "debug", addr + fieldOffset(m, ty, "data"), spec, b.field("data"));
        b.endField();
        w.write("");
        const poisoned = mem.readU8(addr + fieldOffset(m, ty, "poison")) === 1;
        b.field("poisoned").write(String(poisoned));
        b.endField();
        b.finishNonExhaustive();
        return;
      }
      case "std::cell::Cell":
      case "std::cell::RefCell": {
        if (!debug) break;
        const b = new DebugStruct(w, name, spec.alternate);
        yield* this.formatValue(ty.args[0], "debug", addr + fieldOffset(m, ty, "value"), spec, b.field("value"));
        b.endField();
        b.finish();
        return;
      }
      case "std::ops::Range":
      case "std::ops::RangeInclusive":
      case "std::ops::RangeFrom":
      case "std::ops::RangeTo":
      case "std::ops::RangeToInclusive":
      case "std::ops::RangeFull": {
        if (!debug) break;
        const hasStart = name === "Range" || name === "RangeInclusive" || name === "RangeFrom";
        const hasEnd = name !== "RangeFrom" && name !== "RangeFull";
        if (hasStart) yield* this.formatValue(ty.args[0], "debug", addr + fieldOffset(m, ty, "start"), spec, w);
        w.write(name.endsWith("Inclusive") ? "..=" : "..");
        if (hasEnd) yield* this.formatValue(ty.args[0], "debug", addr + fieldOffset(m, ty, "end"), spec, w);
        if (name === "RangeInclusive" && mem.readU8(addr + fieldOffset(m, ty, "exhausted"))) w.write(" (exhausted)");
        return;
      }
      case "std::time::Duration": {
        if (!debug) break;
        const secs = BigInt(mem.readU64(addr + fieldOffset(m, ty, "secs")));
        const nanos = mem.readU32(addr + fieldOffset(m, ty, "nanos"));
        w.write(pad(durationDebug(secs, nanos, spec), { ...spec, precision: undefined }));
        return;
      }
      case "std::marker::PhantomData":
        if (debug) {
          w.write(pad(`PhantomData<${showTypeName(ty.args[0])}>`, spec));
          return;
        }
        break;
      case "std::num::ParseIntError": {
        const kinds = ["Empty", "InvalidDigit", "PosOverflow", "NegOverflow", "Zero"];
        const kTy = fieldType(m, ty, "kind");
        const kind = m.variantOf(kTy, addr + fieldOffset(m, ty, "kind"));
        if (debug) {
          const b = new DebugStruct(w, "ParseIntError", spec.alternate);
          b.field("kind").write(kinds[kind]);
          b.endField();
          b.finish();
        } else {
          w.write(pad(
            [
              "cannot parse integer from empty string",
              "invalid digit found in string",
              "number too large to fit in target type",
              "number too small to fit in target type",
              "number would be zero for non-zero type",
            ][kind],
            spec,
          ));
        }
        return;
      }
      case "std::num::ParseFloatError": {
        const kTy = fieldType(m, ty, "kind");
        const kind = m.variantOf(kTy, addr + fieldOffset(m, ty, "kind"));
        if (debug) {
          const b = new DebugStruct(w, "ParseFloatError", spec.alternate);
          b.field("kind").write(["Empty", "Invalid"][kind]);
          b.endField();
          b.finish();
        } else w.write(pad(["cannot parse float from empty string", "invalid float literal"][kind], spec));
        return;
      }
      case "std::str::Utf8Error": {
        const valid = num(mem.readU64(addr + fieldOffset(m, ty, "valid_up_to")));
        const optTy = fieldType(m, ty, "error_len");
        const optA = addr + fieldOffset(m, ty, "error_len");
        const has = m.variantOf(optTy, optA) === 1;
        const len = has ? mem.readU8(optA + layoutOf(optTy, m.tt).variants[1].fields[0].offset) : 0;
        if (debug) {
          const b = new DebugStruct(w, "Utf8Error", spec.alternate);
          b.field("valid_up_to").write(String(valid));
          b.endField();
          b.field("error_len").write(has ? `Some(${len})` : "None");
          b.endField();
          b.finish();
        } else {
          w.write(
            has
              ? `invalid utf-8 sequence of ${len} bytes from index ${valid}`
              : `incomplete utf-8 byte sequence from index ${valid}`,
          );
        }
        return;
      }
      case "std::string::FromUtf8Error": {
        // Displays as its `Utf8Error`; debug-prints both fields.
        const errTy = fieldType(m, ty, "error"), errA = addr + fieldOffset(m, ty, "error");
        if (!debug) return yield* this.formatValue(errTy, "display", errA, spec, w);
        const b = new DebugStruct(w, "FromUtf8Error", spec.alternate);
        yield* this.formatValue(
          fieldType(m, ty, "bytes"),
          "debug",
          addr + fieldOffset(m, ty, "bytes"),
          spec,
          b.field("bytes"),
        );
        b.endField();
        yield* this.formatValue(errTy, "debug", errA, spec, b.field("error"));
        b.endField();
        b.finish();
        return;
      }
      case "std::sync::mpsc::RecvError":
        w.write(debug ? "RecvError" : "receiving on a closed channel");
        return;
      case "std::sync::mpsc::SendError":
        w.write(debug ? "SendError { .. }" : "sending on a closed channel");
        return;
      case "std::sync::mpsc::TryRecvError": {
        const v = m.variantOf(ty, addr);
        w.write(
          debug
            ? ["Empty", "Disconnected"][v]
            : ["receiving on an empty channel", "receiving on an empty and disconnected channel"][v],
        );
        return;
      }
      case "std::sync::mpsc::RecvTimeoutError": {
        const v = m.variantOf(ty, addr);
        w.write(
          debug
            ? ["Timeout", "Disconnected"][v]
            : ["timed out waiting on channel", "channel is empty and sending half is closed"][v],
        );
        return;
      }
      case "std::sync::PoisonError":
        w.write(debug ? "PoisonError { .. }" : "poisoned lock: another task failed inside");
        return;
      case "std::thread::ThreadId":
        w.write(pad(`ThreadId(${mem.readU64(addr)})`, spec));
        return;
      case "std::fmt::Error":
        w.write(debug ? "Error" : "an error occurred when formatting an argument");
        return;
    }
    // Enums and structs of std: derived-style Debug (Option, Result, Ordering, ErrorKind, …).
    if (debug) {
      if (ty.def.kind === "enum") {
        const v = m.variantOf(ty, addr);
        const vd = ty.def.variants[v];
        const l = layoutOf(ty, m.tt);
        if (vd.fields.length === 0) {
          w.write(pad(vd.name, spec));
          return;
        }
        const b = new DebugTuple(w, vd.name, spec.alternate);
        for (const fl of l.variants[v].fields) {
          yield* this.formatValue(fl.ty, "debug", addr + fl.offset, spec, b.field());
          b.endField();
        }
        b.finish();
        return;
      }
    }
    if (ty.def.path === "std::io::ErrorKind" && !debug) {
      w.write(pad(errorKindDescription(ty.def.variants[m.variantOf(ty, addr)].name), spec));
      return;
    }
    throw new Unsupported(`formatting std::${ty.def.path.replace(/^std::/, "")} with {:${trait}}`);
  }

  private *ioError(ty: Adt, addr: number, debug: boolean, spec: FormatSpec, w: Writer): Gen<void> {
    const m = this.m;
    const e = decodeIoError(m, ty, addr);
    if (e.k === "os") {
      const row = ERRNO_TABLE.find((r) => r[0] === e.code);
      const msg = row ? row[3] : `Unknown error ${e.code}`;
      const kind = row ? row[2] : "Uncategorized";
      if (!debug) w.write(pad(`${msg} (os error ${e.code})`, spec));
      else {
        const b = new DebugStruct(w, "Os", spec.alternate);
        b.field("code").write(String(e.code));
        b.endField();
        b.field("kind").write(kind);
        b.endField();
        b.field("message").write(strDebug(msg));
        b.endField();
        b.finish();
      }
      return;
    }
    const kindName = ioKindName(m, e.kind);
    if (e.k === "simple") {
      if (!debug) w.write(pad(errorKindDescription(kindName), spec));
      else {
        const b = new DebugTuple(w, "Kind", spec.alternate);
        b.field().write(kindName);
        b.endField();
        b.finish();
      }
      return;
    }
    // A `const_error!` (SimpleMessage): `Error { kind, message }`; marked by a leading NUL.
    if (e.message.startsWith("\u0000")) {
      const msg = e.message.slice(1);
      if (!debug) w.write(pad(msg, spec));
      else {
        const b = new DebugStruct(w, "Error", spec.alternate);
        b.field("kind").write(kindName);
        b.endField();
        b.field("message").write(strDebug(msg));
        b.endField();
        b.finish();
      }
      return;
    }
    // Custom: { kind, error: Box<dyn Error + Send + Sync> } — the interpreter stores a message.
    if (!debug) w.write(pad(e.message, spec));
    else {
      const b = new DebugStruct(w, "Custom", spec.alternate);
      b.field("kind").write(kindName);
      b.endField();
      b.field("error").write(strDebug(e.message));
      b.endField();
      b.finish();
    }
    void spec;
  }
}

/** A user `fmt` impl returned `Err(fmt::Error)`. */
export class FormatError extends Error {
  constructor() {
    super("a formatting trait implementation returned an error");
  }
}

function showTypeName(t: RType): string {
  if (t.k === "int") return t.name;
  if (t.k === "adt") return t.def.name;
  return t.key;
}

/** `{:?}` of a Duration (std's `fmt_decimal`). */
function durationDebug(secs: bigint, nanos: number, spec: FormatSpec): string {
  const prefix = spec.sign === "+" ? "+" : "";
  const dec = (integer: bigint, frac: number, divisor: number, suffix: string) => {
    let digits = "";
    let f = frac, d = divisor;
    const prec = spec.precision;
    while (f > 0 && (prec === undefined || digits.length < prec) && d > 0) {
      digits += String(Math.floor(f / d));
      f %= d;
      d = Math.floor(d / 10);
    }
    let int = integer;
    if (f > 0 && d > 0 && Math.floor(f / d) >= 5) {
      // Round half up on the first omitted digit, carrying into the integer part.
      const chars = digits.split("").map(Number);
      let i = chars.length - 1;
      for (; i >= 0; i--) {
        if (chars[i] < 9) {
          chars[i]++;
          break;
        }
        chars[i] = 0;
      }
      if (i < 0) int += 1n;
      digits = chars.join("");
    }
    if (prec !== undefined) digits = digits.padEnd(prec, "0");
    return `${prefix}${int}${digits ? "." + digits : ""}${suffix}`;
  };
  if (secs > 0n) return dec(secs, nanos, 100_000_000, "s");
  if (nanos >= 1_000_000) return dec(BigInt(Math.floor(nanos / 1_000_000)), nanos % 1_000_000, 100_000, "ms");
  if (nanos >= 1_000) return dec(BigInt(Math.floor(nanos / 1_000)), nanos % 1_000, 100, "µs");
  return dec(BigInt(nanos), 0, 1, "ns");
}

// --- io::Error representation -------------------------------------------------------------------------

/** An io::Error decoded from its tagged word. */
export type IoErr = { k: "os"; code: number } | { k: "simple"; kind: number } | {
  k: "custom";
  kind: number;
  message: string;
  box: number;
};

/** Reads the io::Error at `addr`. */
export function decodeIoError(m: Machine, ty: RType, addr: number): IoErr {
  void ty;
  const word = BigInt(m.mem.readU64(addr));
  const tag = Number(word & 3n);
  if (tag === 2) return { k: "os", code: Number(BigInt.asIntN(32, word >> 32n)) };
  if (tag === 3) return { k: "simple", kind: Number(word >> 32n) };
  const box = Number(word & ~3n);
  const kind = m.mem.readU8(box);
  const s = m.mem.readFat(box + 8);
  return { k: "custom", kind, message: DEC.decode(m.mem.read(s.p, s.m)), box };
}

/** Writes an io::Error of the given shape at `addr`. */
export function encodeIoError(
  m: Machine,
  addr: number,
  e: { k: "os"; code: number } | { k: "simple"; kind: number } | { k: "custom"; kind: number; message: string },
): void {
  if (e.k === "os") m.mem.writeU64(addr, (BigInt(e.code >>> 0) << 32n) | 2n);
  else if (e.k === "simple") m.mem.writeU64(addr, (BigInt(e.kind) << 32n) | 3n);
  else {
    const box = m.mem.alloc(24, 8, "heap", "a custom io::Error").base;
    m.mem.writeU8(box, e.kind);
    const bytes = ENC.encode(e.message);
    const str = bytes.length ? m.mem.alloc(bytes.length, 1, "heap", "an io::Error message").base : 1;
    if (bytes.length) m.mem.write(str, bytes);
    m.mem.writeFat(box + 8, new FatPtr(str, bytes.length));
    m.mem.writeU64(addr, BigInt(box) | 1n);
  }
}

/** Frees a custom io::Error's box. */
export function dropIoError(m: Machine, addr: number): void {
  const word = BigInt(m.mem.readU64(addr));
  if ((word & 3n) !== 1n) return;
  const box = Number(word & ~3n);
  const s = m.mem.readFat(box + 8);
  heapFree(m, s.p, s.m);
  heapFree(m, box, 24);
}

/** The ErrorKind variant name of index `kind`. */
export function ioKindName(m: Machine, kind: number): string {
  const def = m.prog.stdAdtByPath("std::io::ErrorKind")!;
  return def.variants[kind]?.name ?? "Other";
}

/** ErrorKind's Display text (std's `ErrorKind::as_str`). */
export function errorKindDescription(kind: string): string {
  const table: Record<string, string> = {
    NotFound: "entity not found",
    PermissionDenied: "permission denied",
    ConnectionRefused: "connection refused",
    ConnectionReset: "connection reset",
    HostUnreachable: "host unreachable",
    NetworkUnreachable: "network unreachable",
    ConnectionAborted: "connection aborted",
    NotConnected: "not connected",
    AddrInUse: "address in use",
    AddrNotAvailable: "address not available",
    NetworkDown: "network down",
    BrokenPipe: "broken pipe",
    AlreadyExists: "entity already exists",
    WouldBlock: "operation would block",
    NotADirectory: "not a directory",
    IsADirectory: "is a directory",
    DirectoryNotEmpty: "directory not empty",
    ReadOnlyFilesystem: "read-only filesystem or storage medium",
    FilesystemLoop: "filesystem loop or indirection limit (e.g. symlink loop)",
    StaleNetworkFileHandle: "stale network file handle",
    InvalidInput: "invalid input parameter",
    InvalidData: "invalid data",
    TimedOut: "timed out",
    WriteZero: "write zero",
    StorageFull: "no storage space",
    NotSeekable: "seek on unseekable file",
    QuotaExceeded: "quota exceeded",
    FileTooLarge: "file too large",
    ResourceBusy: "resource busy",
    ExecutableFileBusy: "executable file busy",
    Deadlock: "deadlock",
    CrossesDevices: "cross-device link or rename",
    TooManyLinks: "too many links",
    InvalidFilename: "invalid filename",
    ArgumentListTooLong: "argument list too long",
    Interrupted: "operation interrupted",
    Unsupported: "unsupported",
    UnexpectedEof: "unexpected end of file",
    OutOfMemory: "out of memory",
    InProgress: "in progress",
    Other: "other error",
    Uncategorized: "uncategorized error",
  };
  return table[kind] ?? kind;
}

// --- shims ------------------------------------------------------------------------------------------

const fmtOf = (m: Machine) => m.shims.fmt;

/** `Argument::new_display::<T>(&x)` and friends. */
for (
  const ctor of [
    "new_display",
    "new_debug",
    "new_lower_hex",
    "new_upper_hex",
    "new_octal",
    "new_binary",
    "new_lower_exp",
    "new_upper_exp",
    "new_pointer",
    "new_debug_noop",
  ]
) {
  register(`Argument::${ctor}`, (s, mm) => {
    const m = mm as Machine;
    const ty = s.typeArgs[0] ?? (s.argTys[0] as Extract<RType, { k: "ref" }>).to;
    const trait: FmtTrait = ctor === "new_display"
      ? "display"
      : ctor === "new_debug" || ctor === "new_debug_noop"
      ? "debug"
      : ctor === "new_lower_hex"
      ? "lowerHex"
      : ctor === "new_upper_hex"
      ? "upperHex"
      : ctor === "new_octal"
      ? "octal"
      : ctor === "new_binary"
      ? "binary"
      : ctor === "new_lower_exp"
      ? "lowerExp"
      : ctor === "new_upper_exp"
      ? "upperExp"
      : "pointer";
    const argT = s.retTy;
    const vOff = fieldOffset(m, argT, "value"), fOff = fieldOffset(m, argT, "formatter");
    const id = fmtOf(m).formatterId(ty, trait);
    return {
      mode: "dst",
      fn: (m2: Machine, _f: unknown, dst: number, x: number) => {
        m2.mem.writePtr(dst + vOff, x);
        m2.mem.writeU64(dst + fOff, id);
      },
    };
  });
}
register("Argument::from_usize", (s, mm) => {
  const m = mm as Machine;
  const vOff = fieldOffset(m, s.retTy, "value"), fOff = fieldOffset(m, s.retTy, "formatter");
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, x: number) => {
      m2.mem.writePtr(dst + vOff, x);
      m2.mem.writeU64(dst + fOff, 0);
    },
  };
});

register(["Arguments::new", "Arguments::new_v1", "Arguments::new_v1_formatted"], (s, mm) => {
  const m = mm as Machine;
  const at = s.retTy;
  const o = ["template", "template_len", "args", "nargs"].map((n) => fieldOffset(m, at, n));
  const n = s.typeArgs[0]?.k === "const" ? Number(s.typeArgs[0].value) : undefined;
  const k = s.typeArgs[1]?.k === "const" ? Number(s.typeArgs[1].value) : undefined;
  const tmplTy = s.argTys[0];
  const argsTy = s.argTys[1];
  const argT = stdType(m, "core::fmt::rt::Argument");
  const argSize = layoutOf(argT, m.tt).size;
  const argV = fieldOffset(m, argT, "value"), argF = fieldOffset(m, argT, "formatter");
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, tmpl: number, args: number | FatPtr) => {
      const tlen = n ?? (tmplTy.k === "ref" && tmplTy.to.k === "array" ? tmplTy.to.len : 0);
      const nargs = k ?? (argsTy.k === "ref" && argsTy.to.k === "array" ? argsTy.to.len : 0);
      m2.mem.writePtr(dst + o[0], tmpl);
      m2.mem.writeU64(dst + o[1], tlen);
      m2.mem.writePtr(dst + o[2], args instanceof FatPtr ? args.p : args);
      m2.mem.writeU64(dst + o[3], nargs);
      // Widths and precisions taken from arguments (`{:1$}`) must fit a u16, as std checks here.
      const argv = args instanceof FatPtr ? args.p : args;
      for (let i = 0; i < nargs; i++) {
        const a = argv + i * argSize;
        if (num(m2.mem.readU64(a + argF)) !== 0) continue; // not an `Argument::from_usize`
        if (BigInt(m2.mem.readU64(m2.mem.readPtr(a + argV))) > 0xffffn) {
          m2.panic("Formatting argument out of range", s.span, "str");
        }
      }
    },
  };
});
register(["Arguments::from_str", "Arguments::new_const", "Arguments::from_str_nonconst"], (s, mm) => {
  const m = mm as Machine;
  const at = s.retTy;
  const o = ["template", "template_len", "args", "nargs"].map((n) => fieldOffset(m, at, n));
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, str: FatPtr | number) => {
      const fp = str instanceof FatPtr ? str : m2.mem.readFat(str);
      m2.mem.writePtr(dst + o[0], fp.p);
      m2.mem.writeU64(dst + o[1], fp.m);
      m2.mem.writePtr(dst + o[2], 0);
      m2.mem.writeU64(dst + o[3], LITERAL);
    },
  };
});
register("Arguments::as_str", (s, mm) => {
  const m = mm as Machine;
  const at = stdType(m, "std::fmt::Arguments");
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, a: number) => {
      const lit = num(m2.mem.readU64(a + fieldOffset(m2, at, "nargs"))) === LITERAL;
      const fp = new FatPtr(
        m2.mem.readPtr(a + fieldOffset(m2, at, "template")),
        num(m2.mem.readU64(a + fieldOffset(m2, at, "template_len"))),
      );
      const opt = s.retTy;
      if (lit) m2.mem.writeFat(dst + layoutOf(opt, m2.tt).variants[1].fields[0].offset, fp);
      m2.setVariant(opt, dst, lit ? 1 : 0);
    },
  };
});

/** Formats `args` to a string (a generator). */
function* argsToString(m: Machine, args: number): Gen<string> {
  const w = new StringWriter();
  yield* fmtOf(m).writeArguments(args, w);
  return w.text;
}

/** Writes bytes to fd 1 or 2 through the fd layer (they may be pipes a program dup2'd there). */
function* writeFd(m: Machine, fd: number, bytes: Uint8Array, label: string): Gen<void> {
  let off = 0;
  while (off < bytes.length) {
    const chunk = bytes.subarray(off);
    const a = m.mem.alloc(chunk.length, 1, "runtime", "an stdio write buffer");
    a.bytes.set(chunk);
    let result: number | undefined;
    m.fds.write(m.io, fd, a.base, chunk.length, (_c, r) => (result = r));
    // If the write blocked (fd 1 may be a full pipe), the fd layer has blocked this thread and
    // completes the write from its wake-up callback before the thread runs again.
    while (result === undefined) yield { k: "suspend" };
    m.mem.release(a);
    if (result === -9) return; // EBADF: std treats a closed stdio stream as a sink
    if (result < 0) {
      const row = ERRNO_TABLE.find((r) => r[0] === -result!);
      m.panic(`failed printing to ${label}: ${row ? row[3] : "error"} (os error ${-result})`, undefined);
    }
    if (result === 0) return;
    off += result;
  }
}

/** `print!`: formats into the stdout buffer and writes complete lines to fd 1. */
export function* printStdout(m: Machine, text: string): Gen<void> {
  yield* printBytes(m, ENC.encode(text));
}

/** Writes bytes through std's stdout buffer. */
export function* printBytes(m: Machine, bytes: Uint8Array): Gen<void> {
  const out = fmtOf(m).stdout.push(bytes);
  if (out.length) yield* writeFd(m, 1, out, "stdout");
}

/** Flushes std's stdout buffer (explicit flush, process exit). */
export function* flushStdout(m: Machine): Gen<void> {
  const out = fmtOf(m).stdout.take();
  if (out.length) yield* writeFd(m, 1, out, "stdout");
}

register(["std::io::_print", "std::io::stdio::_print"], () => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, args: number) =>
    m.runGen(
      f,
      "print",
      (function* () {
        const text = yield* formatOrPanic(m, args, "stdout");
        yield* printStdout(m, text);
      })(),
      k,
    ),
}));
register(["std::io::_eprint", "std::io::stdio::_eprint"], () => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, args: number) =>
    m.runGen(
      f,
      "eprint",
      (function* () {
        const text = yield* formatOrPanic(m, args, "stderr");
        yield* writeFd(m, 2, ENC.encode(text), "stderr");
      })(),
      k,
    ),
}));

function* formatOrPanic(m: Machine, args: number, label: string): Gen<string> {
  try {
    return yield* argsToString(m, args);
  } catch (e) {
    if (e instanceof FormatError) m.panic(`failed printing to ${label}: formatter error`, undefined);
    throw e;
  }
}

register(["std::fmt::format", "std::fmt::format::format_inner"], () => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, args: number) =>
    m.runGen(
      f,
      "format",
      (function* () {
        let text: string;
        try {
          text = yield* argsToString(m, args);
        } catch (e) {
          if (e instanceof FormatError) {
            m.panic(
              "a formatting trait implementation returned an error when the underlying stream did not: Error",
              undefined,
            );
          }
          throw e;
        }
        newString(m, dst, ENC.encode(text));
      })(),
      k,
    ),
}));

// `write!` into a String (fmt::Write) and into a Formatter.
register(["<String as Write>::write_fmt", "<String as Write>::write_str", "<String as Write>::write_char"], (s) => {
  const which = s.path.split("::").pop()!;
  const resTy = s.retTy;
  return {
    mode: "cont",
    fn: (m2: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, str: number, x: unknown) =>
      m2.runGen(
        f,
        which,
        (function* () {
          let text: string;
          if (which === "write_str") text = m2.mem.readUtf8((x as FatPtr).p, (x as FatPtr).m);
          else if (which === "write_char") text = String.fromCodePoint(x as number);
          else text = yield* argsToString(m2, x as number);
          pushBytes(m2, str, ENC.encode(text));
          m2.setVariant(resTy, dst, 0);
        })(),
        k,
      ),
  };
});

register([
  "Formatter::write_str",
  "<Formatter as Write>::write_str",
  "Formatter::write_char",
  "<Formatter as Write>::write_char",
], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, fa: number, x: FatPtr | number) => {
    const st = fmtOf(m).state(fa);
    st.w.write(x instanceof FatPtr ? m.mem.readUtf8(x.p, x.m) : String.fromCodePoint(x));
    m.setVariant(s.retTy, dst, 0);
  },
}));
register(["Formatter::write_fmt", "<Formatter as Write>::write_fmt"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, fa: number, args: number) =>
    m.runGen(
      f,
      "write_fmt",
      (function* () {
        const st = fmtOf(m).state(fa);
        try {
          yield* fmtOf(m).writeArguments(args, st.w);
          m.setVariant(s.retTy, dst, 0);
        } catch (e) {
          if (!(e instanceof FormatError)) throw e;
          m.setVariant(s.retTy, dst, 1);
        }
      })(),
      k,
    ),
}));
register(["Formatter::pad"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, fa: number, x: FatPtr) => {
    const st = fmtOf(m).state(fa);
    st.w.write(pad(m.mem.readUtf8(x.p, x.m), st.spec));
    m.setVariant(s.retTy, dst, 0);
  },
}));
register(["Formatter::pad_integral"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, fa: number, nonneg: number, prefix: FatPtr, digits: FatPtr) => {
    const st = fmtOf(m).state(fa);
    st.w.write(
      padIntegral(nonneg === 1, m.mem.readUtf8(prefix.p, prefix.m), m.mem.readUtf8(digits.p, digits.m), st.spec),
    );
    m.setVariant(s.retTy, dst, 0);
  },
}));
for (
  const q of ["alternate", "width", "precision", "fill", "align", "sign_plus", "sign_minus", "sign_aware_zero_pad"]
) {
  register(`Formatter::${q}`, (s, mm) => {
    const m = mm as Machine;
    const mem = layoutOf(s.retTy, m.tt).repr === "memory";
    const get = (m2: Machine, fa: number) => formatterQueries(fmtOf(m2).state(fa).spec);
    if (!mem) {
      return {
        mode: "value",
        fn: (m2: Machine, _f: unknown, fa: number) => {
          const qs = get(m2, fa);
          if (q === "alternate") return qs.alternate ? 1 : 0;
          if (q === "sign_plus") return qs.signPlus ? 1 : 0;
          if (q === "sign_minus") return qs.signMinus ? 1 : 0;
          if (q === "sign_aware_zero_pad") return qs.signAwareZeroPad ? 1 : 0;
          if (q === "fill") return qs.fill.codePointAt(0)!;
          throw new InternalError(`Formatter::${q}`);
        },
      };
    }
    return {
      mode: "dst",
      fn: (m2: Machine, _f: unknown, dst: number, fa: number) => {
        const qs = get(m2, fa);
        const opt = s.retTy;
        if (q === "width" || q === "precision") {
          const v = q === "width" ? qs.width : qs.precision;
          if (v !== undefined) m2.mem.writeU64(dst + layoutOf(opt, m2.tt).variants[1].fields[0].offset, v);
          m2.setVariant(opt, dst, v === undefined ? 0 : 1);
        } else if (q === "align") {
          const fl = layoutOf(opt, m2.tt).variants[1].fields[0];
          if (qs.align) m2.setVariant(fl.ty, dst + fl.offset, ["left", "right", "center"].indexOf(qs.align));
          m2.setVariant(opt, dst, qs.align ? 1 : 0);
        }
      },
    };
  });
}

// Debug builders for user code: `f.debug_struct("S").field("a", &self.a).finish()`.
type BuilderKind = "struct" | "tuple" | "list" | "set" | "map";
register([
  "Formatter::debug_struct",
  "Formatter::debug_tuple",
  "Formatter::debug_list",
  "Formatter::debug_set",
  "Formatter::debug_map",
], (s, mm) => {
  const m = mm as Machine;
  const kind = s.path.split("::").pop()!.slice(6) as BuilderKind;
  const hOff = fieldOffset(m, s.retTy, "handle");
  return {
    mode: "dst",
    fn: (m2: Machine, _f: unknown, dst: number, fa: number, name?: FatPtr) => {
      const st = fmtOf(m2).state(fa);
      const nm = name ? m2.mem.readUtf8(name.p, name.m) : "";
      const pretty = st.spec.alternate;
      const b = kind === "struct"
        ? new DebugStruct(st.w, nm, pretty)
        : kind === "tuple"
        ? new DebugTuple(st.w, nm, pretty)
        : kind === "list"
        ? new DebugList(st.w, pretty)
        : kind === "set"
        ? new DebugSet(st.w, pretty)
        : new DebugMap(st.w, pretty);
      m2.mem.writeU64(dst + hOff, fmtOf(m2).newBuilder({ b, spec: st.spec }));
    },
  };
});

/** The methods of the Debug builders, for dispatch by the shim that owns the handle. */
interface AnyBuilder {
  field(name?: string): Writer;
  endField(): void;
  entry(): Writer;
  endEntry(): void;
  key(): Writer;
  endKey(): void;
  value(): Writer;
  endValue(): void;
}

/** Formats a `&dyn Debug` (a fat pointer) into `w`. */
function* dynDebug(m: Machine, v: FatPtr, spec: FormatSpec, w: Writer): Gen<void> {
  yield* fmtOf(m).formatValue(m.dyn.vtableType(v.m), "debug", v.p, spec, w);
}

register([
  "DebugStruct::field",
  "DebugTuple::field",
  "DebugList::entry",
  "DebugSet::entry",
  "DebugMap::key",
  "DebugMap::value",
  "DebugMap::entry",
], (s) => {
  const which = s.path;
  return {
    mode: "cont",
    fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, self: number, a: unknown, b?: unknown) =>
      m.runGen(
        f,
        which,
        (function* () {
          const { b: builder, spec } = fmtOf(m).builder<{ b: AnyBuilder; spec: FormatSpec }>(num(m.mem.readU64(self)));
          if (which.startsWith("DebugStruct")) {
            const name = a as FatPtr;
            yield* dynDebug(m, b as FatPtr, spec, builder.field(m.mem.readUtf8(name.p, name.m)));
            builder.endField();
          } else if (which.startsWith("DebugTuple")) {
            yield* dynDebug(m, a as FatPtr, spec, builder.field());
            builder.endField();
          } else if (which.endsWith("::key")) {
            yield* dynDebug(m, a as FatPtr, spec, builder.key());
            builder.endKey();
          } else if (which.endsWith("::value")) {
            yield* dynDebug(m, a as FatPtr, spec, builder.value());
            builder.endValue();
          } else if (which === "DebugMap::entry") {
            yield* dynDebug(m, a as FatPtr, spec, builder.key());
            builder.endKey();
            yield* dynDebug(m, b as FatPtr, spec, builder.value());
            builder.endValue();
          } else {
            yield* dynDebug(m, a as FatPtr, spec, builder.entry());
            builder.endEntry();
          }
          return self;
        })(),
        k,
      ),
  };
});
register([
  "DebugStruct::finish",
  "DebugTuple::finish",
  "DebugList::finish",
  "DebugSet::finish",
  "DebugMap::finish",
  "DebugStruct::finish_non_exhaustive",
  "DebugTuple::finish_non_exhaustive",
  "DebugList::finish_non_exhaustive",
  "DebugSet::finish_non_exhaustive",
  "DebugMap::finish_non_exhaustive",
], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, self: number) => {
    const { b } = fmtOf(m).builder<{ b: { finish(): void; finishNonExhaustive(): void } }>(num(m.mem.readU64(self)));
    if (s.path.endsWith("non_exhaustive")) b.finishNonExhaustive();
    else b.finish();
    m.setVariant(s.retTy, dst, 0);
  },
}));

/** What derived `Debug` calls: `Formatter::debug_struct_field2_finish(f, "S", "a", &a, "b", &&b)`. */
for (let n = 1; n <= 5; n++) {
  register([`Formatter::debug_struct_field${n}_finish`, `Formatter::debug_tuple_field${n}_finish`], (s) => {
    const isStruct = s.path.includes("struct");
    return {
      mode: "cont",
      fn: (
        m: Machine,
        f: AnyFrame,
        k: (v: unknown) => void,
        dst: number,
        fa: number,
        name: FatPtr,
        ...rest: unknown[]
      ) =>
        m.runGen(
          f,
          "derived Debug",
          (function* () {
            const st = fmtOf(m).state(fa);
            const nm = m.mem.readUtf8(name.p, name.m);
            if (isStruct) {
              const b = new DebugStruct(st.w, nm, st.spec.alternate);
              for (let i = 0; i < n; i++) {
                const fn = rest[2 * i] as FatPtr, fv = rest[2 * i + 1] as FatPtr;
                yield* dynDebug(m, fv, st.spec, b.field(m.mem.readUtf8(fn.p, fn.m)));
                b.endField();
              }
              b.finish();
            } else {
              const b = new DebugTuple(st.w, nm, st.spec.alternate);
              for (let i = 0; i < n; i++) {
                yield* dynDebug(m, rest[i] as FatPtr, st.spec, b.field());
                b.endField();
              }
              b.finish();
            }
            m.setVariant(s.retTy, dst, 0);
          })(),
          k,
        ),
    };
  });
}
register(["Formatter::debug_struct_fields_finish", "Formatter::debug_tuple_fields_finish"], (s) => {
  const isStruct = s.path.includes("struct");
  return {
    mode: "cont",
    fn: (
      m: Machine,
      f: AnyFrame,
      k: (v: unknown) => void,
      dst: number,
      fa: number,
      name: FatPtr,
      a: FatPtr,
      b?: FatPtr,
    ) =>
      m.runGen(
        f,
        "derived Debug",
        (function* () {
          const st = fmtOf(m).state(fa);
          const nm = m.mem.readUtf8(name.p, name.m);
          if (isStruct) {
            const names = a, values = b!;
            const bd = new DebugStruct(st.w, nm, st.spec.alternate);
            for (let i = 0; i < names.m; i++) {
              const fn = m.mem.readFat(names.p + i * 16), fv = m.mem.readFat(values.p + i * 16);
              yield* dynDebug(m, fv, st.spec, bd.field(m.mem.readUtf8(fn.p, fn.m)));
              bd.endField();
            }
            bd.finish();
          } else {
            const bd = new DebugTuple(st.w, nm, st.spec.alternate);
            for (let i = 0; i < a.m; i++) {
              yield* dynDebug(m, m.mem.readFat(a.p + i * 16), st.spec, bd.field());
              bd.endField();
            }
            bd.finish();
          }
          m.setVariant(s.retTy, dst, 0);
        })(),
        k,
      ),
  };
});

/** `<T as Display>::fmt(&x, f)` for std and primitive types, forwarding the Formatter's options. */
for (const [trait, t] of Object.entries(TRAIT_NAMES)) {
  register(`<* as ${t}>::fmt`, (s) => {
    const self = s.self!;
    if (self.k === "adt" && self.def.user) return undefined;
    return {
      mode: "cont",
      fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, x: unknown, fa: number) =>
        m.runGen(
          f,
          `${t}::fmt`,
          (function* () {
            const st = fmtOf(m).state(fa);
            if (self.k === "str" || self.k === "slice" || self.k === "dyn") {
              yield* fmtOf(m).formatUnsized(self, trait as FmtTrait, x as FatPtr, st.spec, st.w);
            } else yield* fmtOf(m).formatValue(self, trait as FmtTrait, x as number, st.spec, st.w);
            m.setVariant(s.retTy, dst, 0);
          })(),
          k,
        ),
    };
  });
}

/** `x.to_string()` for any Display type. */
register(["<* as ToString>::to_string"], (s) => {
  const self = s.self!;
  return {
    mode: "cont",
    fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, x: unknown) =>
      m.runGen(
        f,
        "to_string",
        (function* () {
          const w = new StringWriter();
          if (self.k === "str" || self.k === "dyn") {
            yield* fmtOf(m).formatUnsized(self, "display", x as FatPtr, DEFAULT_SPEC, w);
          } else yield* fmtOf(m).formatValue(self, "display", x as number, DEFAULT_SPEC, w);
          newString(m, dst, ENC.encode(w.text));
        })(),
        k,
      ),
  };
});

// --- panics -----------------------------------------------------------------------------------------

function panicSite(s: ShimSite) {
  return s.span;
}

register([
  "std::panicking::panic_fmt",
  "std::rt::panic_fmt",
  "core::panicking::panic_fmt",
  "std::panicking::begin_panic_fmt",
], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, args: number) =>
    m.runGen(
      f,
      "panic",
      (function* () {
        const at = stdType(m, "std::fmt::Arguments");
        const literal = num(m.mem.readU64(args + fieldOffset(m, at, "nargs"))) === LITERAL;
        const text = yield* argsToString(m, args);
        m.panic(text, panicSite(s), literal ? "str" : "String");
      })(),
      k,
    ),
}));
register([
  "std::panicking::panic",
  "core::panicking::panic",
  "std::panicking::panic_str",
  "core::panicking::panic_str_2015",
  "core::panicking::panic_explicit",
  "core::panicking::panic_nounwind",
], (s) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, msg?: FatPtr) =>
    m.panic(msg ? m.mem.readUtf8(msg.p, msg.m) : "explicit panic", panicSite(s), "str"),
}));
register(["std::panicking::begin_panic", "core::panicking::panic_display"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, x: unknown) =>
    m.runGen(
      f,
      "panic",
      (function* () {
        const t = s.typeArgs[0] ?? s.argTys[0];
        let text: string;
        if (t.k === "ref" && t.to.k === "str") text = m.mem.readUtf8((x as FatPtr).p, (x as FatPtr).m);
        else if (t.k === "ref" && t.to.k === "ref" && t.to.to.k === "str") {
          const fp = m.mem.readFat(x as number);
          text = m.mem.readUtf8(fp.p, fp.m);
        } else text = yield* fmtOf(m).displayToString(t.k === "ref" ? t.to : t, x as number);
        m.panic(text, panicSite(s), t.k === "adt" && t.def.name === "String" ? "String" : "str");
      })(),
      k,
    ),
}));
register(["core::panicking::assert_failed", "std::panicking::assert_failed"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, kind: number, l: number, r: number, args: number) =>
    m.runGen(
      f,
      "assert_failed",
      (function* () {
        const kt = s.argTys[0] as Adt;
        const op = ["==", "!=", "matches"][m.variantOf(kt, kind)];
        const lt = s.typeArgs[0] ?? (s.argTys[1] as Extract<RType, { k: "ref" }>).to;
        const rt = s.typeArgs[1] ?? (s.argTys[2] as Extract<RType, { k: "ref" }>).to;
        const left = yield* fmtOf(m).debugToString(lt, l);
        const right = yield* fmtOf(m).debugToString(rt, r);
        const optTy = s.argTys[3];
        let msg = "";
        if (m.variantOf(optTy, args) === 1) {
          const pl = layoutOf(optTy, m.tt).variants[1].fields[0];
          msg = `: ${yield* argsToString(m, args + pl.offset)}`;
        }
        m.panic(
          `assertion \`left ${op} right\` failed${msg}\n  left: ${left}\n right: ${right}`,
          panicSite(s),
          "String",
        );
      })(),
      k,
    ),
}));
register(["core::option::unwrap_failed", "std::option::unwrap_failed"], (s) => ({
  mode: "value",
  fn: (m: Machine) => m.panic("called `Option::unwrap()` on a `None` value", panicSite(s), "str"),
}));
register(["core::option::expect_failed", "std::option::expect_failed"], (s) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, msg: FatPtr) => m.panic(m.mem.readUtf8(msg.p, msg.m), panicSite(s), "str"),
}));
