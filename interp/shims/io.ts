/**
 * `std::io` on top of the fd layer: `io::Error` (OS errors, kinds, custom messages), the fd-owning
 * types (`PipeReader`/`PipeWriter` from `io::pipe()`, `UnixStream::pair()`, `File`, `OwnedFd`),
 * `Read`/`Write` on them with std's retry and error rules, and stdin/stdout/stderr handles.
 */

import { Unsupported } from "../errors.ts";
import { Errno, Linux } from "../fd/api.ts";
import type { NativeRequest } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import { ERRNO_TABLE } from "../std/errno.ts";
import type { ShimSite } from "./api.ts";
import { decodeIoError, dropIoError, encodeIoError, flushStdout, printBytes } from "./fmt.ts";
import { vecView } from "./seq.ts";
import { pushBytes, stringStr, utf8Error } from "./text.ts";
import { register, registerDrop } from "./table.ts";
import { type AnyFrame, stdType, writeOption } from "./util.ts";

type Gen<T> = Generator<NativeRequest, T, unknown>;
type Adt = Extract<RType, { k: "adt" }>;

const ioErrTy = (m: Machine) => stdType(m, "std::io::Error");
const kindIndex = (m: Machine, name: string) =>
  m.prog.stdAdtByPath("std::io::ErrorKind")!.variants.findIndex((v) => v.name === name);

/** The ErrorKind index of an OS errno (as Rust 1.95 decodes it). */
export function kindOfErrno(m: Machine, code: number): number {
  const row = ERRNO_TABLE.find((r) => r[0] === code);
  return kindIndex(m, row ? row[2] : "Uncategorized");
}

/** Writes `Err(io::Error)` into an `io::Result` at `dst`. */
function writeErr(m: Machine, res: RType, dst: number, e: Parameters<typeof encodeIoError>[2]): void {
  const pl = layoutOf(res, m.tt).variants[1].fields[0];
  encodeIoError(m, dst + pl.offset, e);
  m.setVariant(res, dst, 1);
}

/** Writes `Ok(v)` into an `io::Result` at `dst`. */
function writeOk(m: Machine, res: RType, dst: number, v: unknown): void {
  const pl = layoutOf(res, m.tt).variants[0].fields[0];
  if (pl) m.storeValue(dst + pl.offset, pl.ty, v);
  m.setVariant(res, dst, 0);
}

/** A custom error whose Debug is `Error { kind: K, message: "..." }` (std's `const_error!`). */
function constError(m: Machine, kind: string, message: string) {
  return { k: "custom" as const, kind: kindIndex(m, kind), message: `\u0000${message}` };
}

// --- io::Error ----------------------------------------------------------------------------------------

register(["std::io::Error::last_os_error", "Error::last_os_error"], () => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => encodeIoError(m, dst, { k: "os", code: m.errno }),
}));
register(["std::io::Error::from_raw_os_error", "Error::from_raw_os_error"], () => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, code: number) => encodeIoError(m, dst, { k: "os", code }),
}));
register(["std::io::Error::raw_os_error", "Error::raw_os_error"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, e: number) => {
    const d = decodeIoError(m, ioErrTy(m), e);
    writeOption(m, s.retTy, dst, d.k === "os" ? d.code : undefined, d.k === "os");
  },
}));
register(["std::io::Error::kind", "Error::kind"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, e: number) => {
    const d = decodeIoError(m, ioErrTy(m), e);
    m.setVariant(s.retTy, dst, d.k === "os" ? kindOfErrno(m, d.code) : d.kind);
  },
}));
register(["std::io::Error::new", "Error::new", "std::io::Error::other", "Error::other"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, a: unknown, b?: unknown) => {
    const isOther = s.path.endsWith("other");
    const kindTy = s.argTys[0];
    const kind = isOther ? kindIndex(m, "Other") : m.variantOf(kindTy, a as number);
    const msgTy = isOther ? s.argTys[0] : s.argTys[1];
    const msgVal = isOther ? a : b;
    encodeIoError(m, dst, { k: "custom", kind, message: errorText(m, msgTy, msgVal) });
  },
}));
register(["<Error as From>::from"], (s) => {
  if (!(s.retTy.k === "adt" && s.retTy.def.path === "std::io::Error")) return undefined;
  const from = s.argTys[0];
  if (from.k === "adt" && from.def.path === "std::io::ErrorKind") {
    return {
      mode: "dst",
      fn: (m: Machine, _f: unknown, dst: number, k: number) =>
        encodeIoError(m, dst, { k: "simple", kind: m.variantOf(from, k) }),
    };
  }
  return undefined;
});

/** The message of an error payload given to `io::Error::new` (&str or String). */
function errorText(m: Machine, t: RType, v: unknown): string {
  if (t.k === "ref" && t.to.k === "str") return m.mem.readUtf8((v as FatPtr).p, (v as FatPtr).m);
  if (t.k === "adt" && t.def.name === "String") {
    const fp = stringStr(m, v as number);
    return m.mem.readUtf8(fp.p, fp.m);
  }
  throw new Unsupported(`io::Error::new with a payload of type ${t.key} (only &str and String messages are modelled)`);
}
registerDrop("std::io::Error", function* (m, _t, addr) {
  dropIoError(m, addr);
});

/** Equality of std fieldless enums (ErrorKind, Ordering, …). */
register(["<* as PartialEq>::eq", "<* as PartialEq>::ne"], (s) => {
  const t = s.self;
  if (!t || t.k !== "adt" || t.def.user || t.def.kind !== "enum" || t.def.variants.some((v) => v.fields.length)) {
    return undefined;
  }
  const ne = s.path.endsWith("ne");
  return {
    mode: "value",
    fn: (m: Machine, _f: unknown, a: number, b: number) => ((m.variantOf(t, a) === m.variantOf(t, b)) !== ne ? 1 : 0),
  };
});
register(["<* as Clone>::clone"], (s, mm) => {
  const t = s.self;
  const m = mm as Machine;
  if (!t || t.k !== "adt" || t.def.user || m.needsDrop(t)) return undefined;
  const l = layoutOf(t, m.tt);
  return l.repr === "memory"
    ? { mode: "dst", fn: (m2: Machine, _f: unknown, dst: number, p: number) => m2.mem.copy(dst, p, l.size) }
    : { mode: "value", fn: (m2: Machine, _f: unknown, p: number) => m2.loadValue(p, t) };
});

// --- creating fd-owning values ---------------------------------------------------------------------

/** Allocates a 2-int buffer, runs `create` on it, and returns the two fds or a negated errno. */
function twoFds(m: Machine, create: (buf: number) => number): [number, number] | number {
  const a = m.mem.alloc(8, 4, "runtime", "a pair of fds");
  try {
    const r = create(a.base);
    if (r < 0) return r;
    return [m.mem.readI32(a.base), m.mem.readI32(a.base + 4)];
  } finally {
    m.mem.release(a);
  }
}

/** Writes `Ok((A(fd0), B(fd1)))` or the error into an io::Result of a pair. */
function writePairResult(m: Machine, res: RType, dst: number, r: [number, number] | number): void {
  if (typeof r === "number") return writeErr(m, res, dst, { k: "os", code: -r });
  const tup = layoutOf(res, m.tt).variants[0].fields[0];
  const tl = layoutOf(tup.ty, m.tt);
  m.mem.writeU32(dst + tup.offset + tl.variants[0].fields[0].offset, r[0]);
  m.mem.writeU32(dst + tup.offset + tl.variants[0].fields[1].offset, r[1]);
  m.setVariant(res, dst, 0);
}

register(["std::io::pipe", "std::io::pipe::pipe"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => {
    const r = twoFds(m, (buf) => m.fds.pipe2(m.io, buf, Linux.O_CLOEXEC));
    if (m.tracing) m.trace(`io::pipe() = ${JSON.stringify(r)}`);
    m.schedulingPoint();
    writePairResult(m, s.retTy, dst, r);
  },
}));
register(["UnixStream::pair"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => {
    const r = twoFds(m, (buf) => m.fds.socketpair(m.io, Linux.AF_UNIX, Linux.SOCK_STREAM | Linux.SOCK_CLOEXEC, 0, buf));
    m.schedulingPoint();
    writePairResult(m, s.retTy, dst, r);
  },
}));

const FD_TYPES = ["File", "OwnedFd", "PipeReader", "PipeWriter", "UnixStream", "UnixDatagram"];

/** The fd a receiver holds (`&File`, `File`, `&&UnixStream`, …). */
function fdOf(m: Machine, t: RType, v: unknown): number {
  let u = t, p = v as number;
  while (u.k === "ref") {
    if (u.to.k === "ref") p = m.mem.readPtr(p);
    u = u.to;
  }
  return m.mem.readI32(p);
}

for (const ty of FD_TYPES) {
  register([`<${ty} as FromRawFd>::from_raw_fd`, `<${ty} as From>::from`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, x: unknown) => {
      const from = s.argTys[0];
      m.mem.writeU32(dst, from.k === "int" ? (x as number) : fdOf(m, from, x));
    },
  }));
  register([`<${ty} as AsRawFd>::as_raw_fd`, `<${ty} as IntoRawFd>::into_raw_fd`], (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, x: unknown) => fdOf(m, s.argTys[0], x),
  }));
  register(
    [`<${ty} as AsFd>::as_fd`],
    (s) => ({
      mode: "dst",
      fn: (m: Machine, _f: unknown, dst: number, x: unknown) => m.mem.writeU32(dst, fdOf(m, s.argTys[0], x)),
    }),
  );
  register([`${ty}::try_clone`, `<${ty} as TryClone>::try_clone`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, x: unknown) => {
      const r = m.fds.fcntl(m.io, fdOf(m, s.argTys[0], x), Linux.F_DUPFD_CLOEXEC, 3);
      m.schedulingPoint();
      if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
      const pl = layoutOf(s.retTy, m.tt).variants[0].fields[0];
      m.mem.writeU32(dst + pl.offset, r);
      m.setVariant(s.retTy, dst, 0);
    },
  }));
  registerDrop(ty, function* (m, _t, addr) {
    const fd = m.mem.readI32(addr);
    m.fds.close(m.io, fd);
    if (m.tracing) m.trace(`close(${fd}) by drop`);
    m.schedulingPoint();
  });
}
register(
  ["<BorrowedFd as AsRawFd>::as_raw_fd"],
  () => ({ mode: "value", fn: (m: Machine, _f: unknown, p: number) => m.mem.readI32(p) }),
);
register([
  "UnixStream::set_nonblocking",
  "File::set_nonblocking",
  "PipeReader::set_nonblocking",
  "PipeWriter::set_nonblocking",
], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, x: unknown, on: number) => {
    const a = m.mem.alloc(4, 4, "runtime", "an ioctl argument");
    m.mem.writeU32(a.base, on);
    const r = m.fds.ioctl(m.io, fdOf(m, s.argTys[0], x), Linux.FIONBIO, a.base);
    m.mem.release(a);
    m.schedulingPoint();
    if (r < 0) writeErr(m, s.retTy, dst, { k: "os", code: -r });
    else writeOk(m, s.retTy, dst, undefined);
  },
}));
register(["UnixStream::shutdown"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, x: unknown, how: number) => {
    const r = m.fds.shutdown(m.io, fdOf(m, s.argTys[0], x), m.variantOf(s.argTys[1], how));
    m.schedulingPoint();
    if (r < 0) writeErr(m, s.retTy, dst, { k: "os", code: -r });
    else writeOk(m, s.retTy, dst, undefined);
  },
}));

// --- Read and Write -----------------------------------------------------------------------------------

/** One `read`/`write` system call through the fd layer; blocks the thread as needed. */
export function* sysRw(m: Machine, op: "read" | "write", fd: number, buf: number, len: number): Gen<number> {
  let result: number | undefined;
  m.fds[op](m.io, fd, buf, len, (_c, r) => (result = r));
  if (m.tracing) m.trace(`${op}(fd ${fd}, ${len} bytes)${result === undefined ? " blocks" : ` = ${result}`}`);
  m.schedulingPoint();
  while (result === undefined) yield { k: "suspend" };
  return result;
}

/** A receiver type that is stdin (reads go through std's stdin buffer). */
function isStdin(t: RType): boolean {
  const u = t.k === "ref" ? t.to : t;
  return u.k === "adt" && (u.def.name === "Stdin" || u.def.name === "StdinLock");
}
function isStdout(t: RType): "stdout" | "stderr" | undefined {
  const u = t.k === "ref" ? t.to : t;
  if (u.k !== "adt") return undefined;
  if (u.def.name === "Stdout" || u.def.name === "StdoutLock") return "stdout";
  if (u.def.name === "Stderr" || u.def.name === "StderrLock") return "stderr";
  return undefined;
}

/** std's stdin BufReader (8 KiB), shared by every `Stdin` handle. */
class StdinBuffer {
  bytes: Uint8Array = new Uint8Array(0);
  eof = false;
}
function stdinBuf(m: Machine): StdinBuffer {
  let b = m.ext.get("stdin") as StdinBuffer | undefined;
  if (!b) m.ext.set("stdin", b = new StdinBuffer());
  return b;
}

/** Fills the stdin buffer with up to 8 KiB from fd 0 if it is empty; returns false at EOF. */
function* fillStdin(m: Machine): Gen<number> {
  const b = stdinBuf(m);
  if (b.bytes.length) return b.bytes.length;
  const a = m.mem.alloc(8192, 1, "runtime", "stdin buffer");
  for (;;) {
    const r = yield* sysRw(m, "read", 0, a.base, 8192);
    if (r === -Errno.EINTR) continue;
    if (r < 0) {
      m.mem.release(a);
      return r;
    }
    b.bytes = m.mem.read(a.base, r);
    m.mem.release(a);
    return r;
  }
}

/** One `read` from receiver `t`: stdin through its buffer, others straight to the fd. */
function* readOnce(m: Machine, t: RType, recv: unknown, buf: number, len: number): Gen<number> {
  if (isStdin(t)) {
    const r = yield* fillStdin(m);
    if (r <= 0) return r;
    const b = stdinBuf(m);
    const n = Math.min(len, b.bytes.length);
    if (n) m.mem.write(buf, b.bytes.subarray(0, n));
    b.bytes = b.bytes.subarray(n);
    return n;
  }
  for (;;) {
    const r = yield* sysRw(m, "read", fdOf(m, t, recv), buf, len);
    if (r !== -Errno.EINTR) return r;
  }
}

/** Writes all of `bytes` to receiver `t`; returns 0 or a negated errno, or "zero" for WriteZero. */
function* writeAll(m: Machine, t: RType, recv: unknown, buf: number, len: number): Gen<number | "zero"> {
  const std = isStdout(t);
  if (std === "stdout") {
    yield* printBytes(m, m.mem.read(buf, len));
    return 0;
  }
  const fd = std === "stderr" ? 2 : fdOf(m, t, recv);
  let off = 0;
  while (off < len) {
    const r = yield* sysRw(m, "write", fd, buf + off, len - off);
    if (r === -Errno.EINTR) continue;
    if (r < 0) return r;
    if (r === 0) return "zero";
    off += r;
  }
  return 0;
}

function readKeys(method: string): string[] {
  return [...FD_TYPES, "Stdin", "StdinLock", "&"].map((t) => `<${t} as Read>::${method}`);
}
function writeKeys(method: string): string[] {
  return [...FD_TYPES, "Stdout", "StdoutLock", "Stderr", "StderrLock", "&"].map((t) => `<${t} as Write>::${method}`);
}
/** The receiver type of a Read/Write method (for `&T as Read`, the `T`). */
function recvTy(s: ShimSite): RType {
  const t = s.argTys[0];
  return t;
}

register(readKeys("read"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, buf: FatPtr) =>
    m.runGen(
      f,
      "Read::read",
      (function* () {
        const r = yield* readOnce(m, recvTy(s), recv, buf.p, buf.m);
        if (r < 0) writeErr(m, s.retTy, dst, { k: "os", code: -r });
        else writeOk(m, s.retTy, dst, r);
      })(),
      k,
    ),
}));
register(readKeys("read_exact"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, buf: FatPtr) =>
    m.runGen(
      f,
      "Read::read_exact",
      (function* () {
        let off = 0;
        while (off < buf.m) {
          const r = yield* readOnce(m, recvTy(s), recv, buf.p + off, buf.m - off);
          if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
          if (r === 0) return writeErr(m, s.retTy, dst, constError(m, "UnexpectedEof", "failed to fill whole buffer"));
          off += r;
        }
        writeOk(m, s.retTy, dst, undefined);
      })(),
      k,
    ),
}));
register([...readKeys("read_to_end"), ...readKeys("read_to_string")], (s) => {
  const toString = s.path.endsWith("read_to_string");
  return {
    mode: "cont",
    fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, out: number) =>
      m.runGen(
        f,
        "Read::read_to_end",
        (function* () {
          const chunks: Uint8Array[] = [];
          let total = 0;
          const a = m.mem.alloc(8192, 1, "runtime", "read_to_end buffer");
          try {
            for (;;) {
              const r = yield* readOnce(m, recvTy(s), recv, a.base, 8192);
              if (r < 0) {
                // Bytes read so far stay in the buffer, as std does.
                appendAll(m, out, toString, chunks);
                return writeErr(m, s.retTy, dst, { k: "os", code: -r });
              }
              if (r === 0) break;
              chunks.push(m.mem.read(a.base, r));
              total += r;
            }
          } finally {
            m.mem.release(a);
          }
          if (toString) {
            const all = concat(chunks);
            if (utf8Error(all)) {
              return writeErr(m, s.retTy, dst, constError(m, "InvalidData", "stream did not contain valid UTF-8"));
            }
          }
          appendAll(m, out, toString, chunks);
          writeOk(m, s.retTy, dst, total);
        })(),
        k,
      ),
  };
});

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function appendAll(m: Machine, out: number, toString: boolean, chunks: Uint8Array[]): void {
  const bytes = concat(chunks);
  if (toString) pushBytes(m, out, bytes);
  else {
    const vv = vecView(m, stdType(m, "std::vec::Vec", [m.tt.u8]));
    vv.reserve(out, bytes.length);
    const len = vv.len(out);
    if (bytes.length) m.mem.write(vv.ptr(out) + len, bytes);
    vv.setLen(out, len + bytes.length);
  }
}

register(writeKeys("write"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, buf: FatPtr) =>
    m.runGen(
      f,
      "Write::write",
      (function* () {
        const t = recvTy(s);
        const std = isStdout(t);
        if (std === "stdout") {
          yield* printBytes(m, m.mem.read(buf.p, buf.m));
          return writeOk(m, s.retTy, dst, buf.m);
        }
        const fd = std === "stderr" ? 2 : fdOf(m, t, recv);
        for (;;) {
          const r = yield* sysRw(m, "write", fd, buf.p, buf.m);
          if (r === -Errno.EINTR) continue;
          if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
          return writeOk(m, s.retTy, dst, r);
        }
      })(),
      k,
    ),
}));
register(writeKeys("write_all"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, buf: FatPtr) =>
    m.runGen(
      f,
      "Write::write_all",
      (function* () {
        const r = yield* writeAll(m, recvTy(s), recv, buf.p, buf.m);
        if (r === "zero") return writeErr(m, s.retTy, dst, constError(m, "WriteZero", "failed to write whole buffer"));
        if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
        writeOk(m, s.retTy, dst, undefined);
      })(),
      k,
    ),
}));
register(writeKeys("flush"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown) =>
    m.runGen(
      f,
      "Write::flush",
      (function* () {
        if (isStdout(recvTy(s)) === "stdout") yield* flushStdout(m);
        void recv;
        writeOk(m, s.retTy, dst, undefined);
      })(),
      k,
    ),
}));
register(writeKeys("write_fmt"), (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, recv: unknown, args: number) =>
    m.runGen(
      f,
      "Write::write_fmt",
      (function* () {
        const w = {
          text: "",
          write(x: string) {
            this.text += x;
          },
        };
        yield* m.shims.fmt.writeArguments(args, w);
        const bytes = new TextEncoder().encode(w.text);
        const a = m.mem.alloc(Math.max(bytes.length, 1), 1, "runtime", "write_fmt buffer");
        a.bytes.set(bytes);
        const r = yield* writeAll(m, recvTy(s), recv, a.base, bytes.length);
        m.mem.release(a);
        if (r === "zero") return writeErr(m, s.retTy, dst, constError(m, "WriteZero", "failed to write whole buffer"));
        if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
        writeOk(m, s.retTy, dst, undefined);
      })(),
      k,
    ),
}));

// `Vec<u8>` as an `io::Write` sink.
register(["<Vec as Write>::write", "<Vec as Write>::write_all"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, v: number, buf: FatPtr) => {
    const vv = vecView(m, (s.argTys[0] as Extract<RType, { k: "ref" }>).to);
    vv.reserve(v, buf.m);
    const len = vv.len(v);
    m.mem.copy(vv.ptr(v) + len, buf.p, buf.m);
    vv.setLen(v, len + buf.m);
    writeOk(m, s.retTy, dst, s.path.endsWith("write_all") ? undefined : buf.m);
  },
}));

// --- stdio handles ----------------------------------------------------------------------------------------

register(
  ["std::io::stdout", "std::io::stdin", "std::io::stderr", "Stdout::lock", "Stdin::lock", "Stderr::lock"],
  () => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number) => m.mem.writeU64(dst, 0),
  }),
);
register(["Stdin::read_line", "<StdinLock as BufRead>::read_line"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, _recv: unknown, out: number) =>
    m.runGen(
      f,
      "read_line",
      (function* () {
        const got: number[] = [];
        const b = stdinBuf(m);
        for (;;) {
          if (!b.bytes.length) {
            const r = yield* fillStdin(m);
            if (r < 0) return writeErr(m, s.retTy, dst, { k: "os", code: -r });
            if (r === 0) break;
          }
          const nl = b.bytes.indexOf(10);
          const take = nl >= 0 ? nl + 1 : b.bytes.length;
          got.push(...b.bytes.subarray(0, take));
          b.bytes = b.bytes.subarray(take);
          if (nl >= 0) break;
        }
        const bytes = Uint8Array.from(got);
        if (utf8Error(bytes)) {
          return writeErr(m, s.retTy, dst, constError(m, "InvalidData", "stream did not contain valid UTF-8"));
        }
        pushBytes(m, out, bytes);
        writeOk(m, s.retTy, dst, bytes.length);
      })(),
      k,
    ),
}));
