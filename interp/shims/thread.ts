/**
 * Threads and time: `thread::spawn`/`Builder::spawn`, `JoinHandle::join` (the closure's value, or
 * the panic as `Err(Box<dyn Any + Send>)`), `sleep` and `yield_now` in virtual time, `Duration`
 * and `Instant`.
 */

import { Unsupported } from "../errors.ts";
import type { NativeRequest, ThreadData } from "../machine/frames.ts";
import { layoutOf } from "../machine/layout.ts";
import { type Machine, ProcessExit } from "../machine/machine.ts";
import { FatPtr } from "../machine/memory.ts";
import type { RType } from "../machine/types.ts";
import type { SchedThread } from "../sched/scheduler.ts";
import { PENDING } from "./api.ts";
import { freeTemp } from "./calltrait.ts";
import { staticStr } from "../machine/consts.ts";
import { callClosure } from "./seq.ts";
import { newString, strOf } from "./text.ts";
import { register } from "./table.ts";
import { type AnyFrame, fieldOffset, heapAlloc, num, stdType, writeOption } from "./util.ts";

/** A spawned thread's result slot. */
interface Packet {
  thread: SchedThread<ThreadData>;
  result: number;
  resultTy: RType;
}

function packets(m: Machine): Map<number, Packet> {
  let p = m.ext.get("packets") as Map<number, Packet> | undefined;
  if (!p) m.ext.set("packets", p = new Map());
  return p;
}

/** Spawns a thread running closure value `f` of type `fTy`; writes a JoinHandle<T> at `dst`. */
function spawn(
  m: Machine,
  fTy: RType,
  tTy: RType,
  f: unknown,
  handleTy: RType,
  dst: number,
  name: string | undefined,
): void {
  const fl = layoutOf(fTy, m.tt);
  // The closure moves into the new thread: copy it out of the caller's frame.
  const closure = fl.size ? heapAlloc(m, fl.size, fl.align, `closure of a spawned thread`) : undefined;
  if (closure !== undefined) m.mem.copy(closure, f as number, fl.size);
  const tl = layoutOf(tTy, m.tt);
  const result = heapAlloc(m, Math.max(tl.size, 1), tl.align, "a thread's result");
  function* entry(): Generator<NativeRequest, unknown, unknown> {
    const r = yield* callClosure(m, fTy, "FnOnce", closure, [], m.tt.unit, tTy);
    m.storeValue(result, tTy, r);
    if (tl.repr === "memory") freeTemp(m, r);
    return undefined;
  }
  const t = m.spawnThread(name, entry());
  packets(m).set(result, { thread: t, result, resultTy: tTy });
  m.mem.writeU64(dst + fieldOffset(m, handleTy, "native"), t.id);
  m.mem.writeU64(dst + fieldOffset(m, handleTy, "thread"), t.id);
  m.mem.writePtr(dst + fieldOffset(m, handleTy, "packet"), result);
  m.schedulingPoint();
}

register(["std::thread::spawn"], (s) => {
  const [fTy, tTy] = s.typeArgs;
  return {
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, f: unknown) => spawn(m, fTy, tTy, f, s.retTy, dst, undefined),
  };
});

// `thread::Builder`: new / name / stack_size / spawn.
register(["Builder::new"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => {
    const t = s.retTy;
    m.setVariant(fieldTy(m, t, "name"), dst + fieldOffset(m, t, "name"), 0);
    m.setVariant(fieldTy(m, t, "stack_size"), dst + fieldOffset(m, t, "stack_size"), 0);
  },
}));
register(["Builder::name", "Builder::stack_size"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, b: number, v: unknown) => {
    const t = s.retTy;
    m.mem.copy(dst, b, layoutOf(t, m.tt).size);
    const field = s.path.endsWith("name") ? "name" : "stack_size";
    writeOption(m, fieldTy(m, t, field), dst + fieldOffset(m, t, field), v, true);
  },
}));
register(["Builder::spawn"], (s) => {
  const [fTy, tTy] = s.typeArgs;
  const res = s.retTy; // io::Result<JoinHandle<T>>
  return {
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, b: number, f: unknown) => {
      const bt = s.argTys[0];
      const nameOpt = fieldTy(m, bt, "name");
      const nA = b + fieldOffset(m, bt, "name");
      let name: string | undefined;
      if (m.variantOf(nameOpt, nA) === 1) {
        const strTy = stdType(m, "std::string::String");
        const sp = m.loadValue(nA + layoutOf(nameOpt, m.tt).variants[1].fields[0].offset, strTy) as number;
        name = strOf(m, stringFat(m, sp));
      }
      const handleTy = (res as Extract<RType, { k: "adt" }>).args[0];
      const okOff = layoutOf(res, m.tt).variants[0].fields[0].offset;
      spawn(m, fTy, tTy, f, handleTy, dst + okOff, name);
      m.setVariant(res, dst, 0);
    },
  };
});

function stringFat(m: Machine, addr: number): FatPtr {
  const vecTy = stdType(m, "std::vec::Vec", [m.tt.u8]);
  const strTy = stdType(m, "std::string::String");
  const v = addr + fieldOffset(m, strTy, "vec");
  return new FatPtr(
    m.mem.readPtr(v + fieldOffset(m, vecTy, "ptr")),
    Number(m.mem.readU64(v + fieldOffset(m, vecTy, "len"))),
  );
}

function fieldTy(m: Machine, t: RType, name: string): RType {
  const i = (t as Extract<RType, { k: "adt" }>).def.variants[0].fields.findIndex((f) => f.name === name);
  return layoutOf(t, m.tt).variants[0].fields[i].ty;
}

/** Writes `Ok(result)` or `Err(Box<dyn Any + Send>)` for a finished thread. */
function deliverJoin(m: Machine, p: Packet, res: RType, dst: number): void {
  const l = layoutOf(res, m.tt);
  const td = p.thread.data;
  if (td.panicked) {
    const errF = l.variants[1].fields[0];
    const boxTy = errF.ty as Extract<RType, { k: "adt" }>;
    const anyTy = boxTy.args[0];
    const payloadTy = td.panicked.payloadKind === "str" ? m.tt.ref(m.tt.str) : stdType(m, "std::string::String");
    const pl = layoutOf(payloadTy, m.tt);
    const heap = heapAlloc(m, pl.size, pl.align, "a panic payload");
    if (td.panicked.payloadKind === "str") m.mem.writeFat(heap, staticStr(m, td.panicked.message));
    else newString(m, heap, new TextEncoder().encode(td.panicked.message));
    m.mem.writeFat(
      dst + errF.offset,
      new FatPtr(heap, m.dyn.vtable(payloadTy, anyTy.k === "dyn" ? anyTy.traits[0] : "Any")),
    );
    m.setVariant(res, dst, 1);
    return;
  }
  const okF = l.variants[0].fields[0];
  m.storeValue(dst + okF.offset, okF.ty, m.loadValue(p.result, p.resultTy));
  m.setVariant(res, dst, 0);
}

register(["JoinHandle::join", "ScopedJoinHandle::join"], (s) => ({
  mode: "cont",
  fn: (m: Machine, _f: AnyFrame, k: (v: unknown) => void, dst: number, h: number) => {
    const handleTy = s.argTys[0];
    const packet = m.mem.readPtr(h + fieldOffset(m, handleTy, "packet"));
    const p = packets(m).get(packet);
    if (!p) throw new Unsupported("joining a JoinHandle the interpreter did not create");
    m.schedulingPoint();
    if (p.thread.state === "done") {
      deliverJoin(m, p, s.retTy, dst);
      return undefined;
    }
    m.sched.block({
      reason: `join(thread ${p.thread.id})`,
      queues: [p.thread.joiners],
      onWake: () => {
        deliverJoin(m, p, s.retTy, dst);
        k(undefined);
      },
    });
    if (m.tracing) m.trace(`join(thread ${p.thread.id}) blocks`);
    return PENDING;
  },
}));
register(["JoinHandle::is_finished"], (s) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, h: number) => {
    const p = packets(m).get(
      m.mem.readPtr(h + fieldOffset(m, s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0], "packet")),
    );
    return p?.thread.state === "done" ? 1 : 0;
  },
}));

// Downcasting a panic payload: `<dyn Any>::downcast_ref::<T>()` and `is::<T>()`.
register(["dyn::downcast_ref", "dyn::is", "dyn::downcast_mut"], (s) => {
  const target = s.typeArgs[0];
  const isQuery = s.path.endsWith("::is");
  return {
    mode: isQuery ? "value" : "dst",
    fn: isQuery
      ? (m: Machine, _f: unknown, p: FatPtr) => (m.dyn.vtableType(p.m) === target ? 1 : 0)
      : (m: Machine, _f: unknown, dst: number, p: FatPtr) =>
        writeOption(m, s.retTy, dst, p.p, m.dyn.vtableType(p.m) === target),
  };
});

// --- sleeping and yielding ---------------------------------------------------------------------------

/** Nanoseconds in a Duration at `addr`. */
export function durationNs(m: Machine, t: RType, addr: number): number {
  const secs = num(m.mem.readU64(addr + fieldOffset(m, t, "secs")));
  const nanos = m.mem.readU32(addr + fieldOffset(m, t, "nanos"));
  return secs * 1e9 + nanos;
}

/** Writes a Duration of `ns` nanoseconds at `addr`. */
export function writeDuration(m: Machine, t: RType, addr: number, ns: bigint): void {
  m.mem.writeU64(addr + fieldOffset(m, t, "secs"), Number(ns / 1_000_000_000n));
  m.mem.writeU32(addr + fieldOffset(m, t, "nanos"), Number(ns % 1_000_000_000n));
}

register(["std::thread::sleep"], (s) => ({
  mode: "cont",
  fn: (m: Machine, _f: unknown, k: (v: unknown) => void, d: number) => {
    const ns = durationNs(m, s.argTys[0], d);
    m.sched.block({
      reason: `sleep(${ns / 1e6} ms)`,
      queues: [],
      deadline: m.sched.now() + ns,
      onWake: () => k(undefined),
    });
    if (m.tracing) m.trace(`sleep ${ns} ns`);
    return PENDING;
  },
}));
register(["std::thread::sleep_ms"], () => ({
  mode: "cont",
  fn: (m: Machine, _f: unknown, k: (v: unknown) => void, ms: number) => {
    m.sched.block({
      reason: `sleep(${ms} ms)`,
      queues: [],
      deadline: m.sched.now() + ms * 1e6,
      onWake: () => k(undefined),
    });
    return PENDING;
  },
}));
register(["std::thread::yield_now"], () => ({
  mode: "value",
  fn: (m: Machine) => {
    if (m.tracing) m.trace("yield_now");
    m.endSliceNow();
  },
}));
register(["std::hint::spin_loop"], () => ({ mode: "value", fn: (m: Machine) => m.endSliceNow() }));

// `thread::current()`, `Thread::id`, `Thread::name`.
register(["std::thread::current"], () => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number) => m.mem.writePtr(dst, m.cur.id),
}));
register(
  ["Thread::id"],
  () => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, t: number) => m.mem.writeU64(dst, m.mem.readPtr(t)),
  }),
);
register(["Thread::name"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, t: number) => {
    const id = m.mem.readPtr(t);
    const th = m.sched.threads.find((x) => x.id === id);
    writeOption(m, s.retTy, dst, th?.name !== undefined ? staticStr(m, th.name) : undefined, th?.name !== undefined);
  },
}));

// --- Duration and Instant ---------------------------------------------------------------------------------

const DUR_CTORS: Record<string, (v: bigint) => bigint> = {
  from_secs: (v) => v * 1_000_000_000n,
  from_millis: (v) => v * 1_000_000n,
  from_micros: (v) => v * 1_000n,
  from_nanos: (v) => v,
};
for (const [name, toNs] of Object.entries(DUR_CTORS)) {
  register(`Duration::${name}`, (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, v: unknown) => writeDuration(m, s.retTy, dst, toNs(BigInt(v as number))),
  }));
}
register("Duration::new", (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, secs: unknown, nanos: number) =>
    writeDuration(m, s.retTy, dst, BigInt(secs as number) * 1_000_000_000n + BigInt(nanos)),
}));
register(["Duration::from_secs_f64", "Duration::from_secs_f32"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, x: number) => writeDuration(m, s.retTy, dst, BigInt(Math.round(x * 1e9))),
}));
const DUR_GETTERS: Record<string, (ns: bigint) => number | bigint> = {
  as_secs: (ns) => ns / 1_000_000_000n,
  as_millis: (ns) => ns / 1_000_000n,
  as_micros: (ns) => ns / 1_000n,
  as_nanos: (ns) => ns,
  subsec_nanos: (ns) => Number(ns % 1_000_000_000n),
  subsec_millis: (ns) => Number((ns % 1_000_000_000n) / 1_000_000n),
  subsec_micros: (ns) => Number((ns % 1_000_000_000n) / 1_000n),
  as_secs_f64: (ns) => Number(ns) / 1e9,
  as_secs_f32: (ns) => Math.fround(Number(ns) / 1e9),
  is_zero: (ns) => (ns === 0n ? 1 : 0),
};
for (const [name, get] of Object.entries(DUR_GETTERS)) {
  register(`Duration::${name}`, (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, d: number) => {
      const v = get(BigInt(durationNs(m, s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0], d)));
      return typeof v === "bigint" ? (v <= 9007199254740991n ? Number(v) : v) : v;
    },
  }));
}
for (const [trait, op] of [["Add", "add"], ["Sub", "sub"]] as const) {
  register([`<Duration as ${trait}>::${op}`, `<Instant as ${trait}>::${op}`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, a: number, b: number) => {
      const x = BigInt(durationNs(m, s.argTys[0], a)), y = BigInt(durationNs(m, s.argTys[1], b));
      const r = op === "add" ? x + y : x - y;
      if (r < 0n) m.panic("overflow when subtracting durations", undefined);
      writeDuration(m, s.retTy, dst, r);
    },
  }));
}
register(["<Duration as Mul>::mul", "<Duration as Div>::div"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, a: number, k: number) => {
    const x = BigInt(durationNs(m, s.argTys[0], a));
    writeDuration(m, s.retTy, dst, s.path.endsWith("mul") ? x * BigInt(k) : x / BigInt(k));
  },
}));
for (
  const cmp of [
    "<Duration as PartialEq>::eq",
    "<Duration as PartialOrd>::lt",
    "<Duration as PartialOrd>::le",
    "<Duration as PartialOrd>::gt",
    "<Duration as PartialOrd>::ge",
    "<Instant as PartialOrd>::lt",
    "<Instant as PartialOrd>::gt",
    "<Instant as PartialEq>::eq",
  ]
) {
  register(cmp, (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, a: number, b: number) => {
      const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
      const x = durationNs(m, t, a), y = durationNs(m, t, b);
      const op = cmp.split("::").pop()!;
      const r = op === "eq" ? x === y : op === "lt" ? x < y : op === "le" ? x <= y : op === "gt" ? x > y : x >= y;
      return r ? 1 : 0;
    },
  }));
}
register(
  "Instant::now",
  (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number) => writeDuration(m, s.retTy, dst, BigInt(m.sched.now())),
  }),
);
register(["Instant::elapsed"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, i: number) => {
    const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
    writeDuration(m, s.retTy, dst, BigInt(Math.max(0, m.sched.now() - durationNs(m, t, i))));
  },
}));
register(["Instant::duration_since", "Instant::saturating_duration_since"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, a: number, b: number) => {
    const t = s.argTys[0].k === "ref" ? s.argTys[0].to : s.argTys[0];
    writeDuration(m, s.retTy, dst, BigInt(Math.max(0, durationNs(m, t, a) - durationNs(m, t, b))));
  },
}));

// Process-level functions.
register(["std::process::exit"], () => ({
  mode: "value",
  fn: (_m: Machine, _f: unknown, code: number) => {
    throw new ProcessExit(code & 0xff, "exited");
  },
}));
register(["std::process::abort"], () => ({
  mode: "value",
  fn: () => {
    throw new ProcessExit(134, "aborted");
  },
}));
register(["std::process::id"], () => ({ mode: "value", fn: () => 4001 }));
