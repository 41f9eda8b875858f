/**
 * Shared ownership and synchronisation: `Arc`/`Rc`, `Mutex` (with poisoning), `Condvar`, `RwLock`,
 * atomics, `mpsc` channels and `Barrier`. Blocking goes through the scheduler's wait queues, so
 * deadlocks are reported with what each thread waits for. Lock, atomic and channel operations are
 * scheduling points.
 */

import { Unsupported } from "../errors.ts";
import type { NativeRequest } from "../machine/frames.ts";
import * as I from "../machine/ints.ts";
import { layoutOf } from "../machine/layout.ts";
import type { Machine } from "../machine/machine.ts";
import type { IntName, RType } from "../machine/types.ts";
import { WaitQueue, type WakeCause } from "../sched/api.ts";
import type { ShimSite } from "./api.ts";
import { callClosure } from "./seq.ts";
import { durationNs } from "./thread.ts";
import { register, registerDrop } from "./table.ts";
import { type AnyFrame, fieldOffset, fieldType, heapAlloc, heapFree, stdType, writeOption } from "./util.ts";

type Adt = Extract<RType, { k: "adt" }>;
type Gen<T> = Generator<NativeRequest, T, unknown>;

/** Blocks the current thread on `queues` (and/or until `deadline`), resuming the generator after. */
export function* waitOn(m: Machine, reason: string, queues: WaitQueue[], deadline?: number): Gen<WakeCause> {
  let cause: WakeCause = "woken";
  m.sched.block({ reason, queues, deadline, onWake: (_c, c) => (cause = c) });
  if (m.tracing) m.trace(`${reason} blocks`);
  yield { k: "suspend" };
  return cause;
}

/** The wait queue of the object at `addr` (a mutex, a condvar, a barrier…). */
function queueOf(m: Machine, kind: string, addr: number): WaitQueue {
  const key = `queues:${kind}`;
  let map = m.ext.get(key) as Map<number, WaitQueue> | undefined;
  if (!map) m.ext.set(key, map = new Map());
  let q = map.get(addr);
  if (!q) map.set(addr, q = new WaitQueue(`${kind} at 0x${addr.toString(16)}`));
  return q;
}

function selfTy(s: ShimSite): Adt {
  const t = s.self ?? s.argTys[0];
  return (t.k === "ref" ? t.to : t) as Adt;
}

// --- Arc and Rc ------------------------------------------------------------------------------------------

for (const [name, innerPath] of [["Arc", "std::sync::ArcInner"], ["Rc", "std::rc::RcInner"]] as const) {
  const dataField = name === "Arc" ? "data" : "value";
  const inner = (m: Machine, t: Adt) => stdType(m, innerPath, [t.args[0]]);
  register([`${name}::new`, `<${name} as From>::from`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, v: unknown) => {
      const t = s.retTy as Adt;
      const it = inner(m, t);
      const l = layoutOf(it, m.tt);
      const p = heapAlloc(m, l.size, l.align, `${name}<${t.args[0].key}>`);
      m.mem.writeU64(p + fieldOffset(m, it, "strong"), 1);
      m.mem.writeU64(p + fieldOffset(m, it, "weak"), 1);
      m.storeValue(p + fieldOffset(m, it, dataField), t.args[0], v);
      m.mem.writePtr(dst, p);
    },
  }));
  register([`<${name} as Clone>::clone`, `${name}::clone`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, a: number) => {
      const p = m.mem.readPtr(a);
      const it = inner(m, selfTy(s));
      const sa = p + fieldOffset(m, it, "strong");
      m.mem.writeU64(sa, Number(m.mem.readU64(sa)) + 1);
      m.mem.writePtr(dst, p);
      m.schedulingPoint();
    },
  }));
  register([
    `<${name} as Deref>::deref`,
    `<${name} as AsRef>::as_ref`,
    `<${name} as Borrow>::borrow`,
    `${name}::as_ptr`,
  ], (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, a: number) => m.mem.readPtr(a) + fieldOffset(m, inner(m, selfTy(s)), dataField),
  }));
  register([`${name}::strong_count`, `${name}::weak_count`], (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, a: number) => {
      const it = inner(m, selfTy(s));
      const p = m.mem.readPtr(a);
      const strong = Number(m.mem.readU64(p + fieldOffset(m, it, "strong")));
      return s.path.endsWith("strong_count") ? strong : Number(m.mem.readU64(p + fieldOffset(m, it, "weak"))) - 1;
    },
  }));
  register(
    [`${name}::ptr_eq`],
    () => ({
      mode: "value",
      fn: (m: Machine, _f: unknown, a: number, b: number) => (m.mem.readPtr(a) === m.mem.readPtr(b) ? 1 : 0),
    }),
  );
  register([`${name}::try_unwrap`, `${name}::into_inner`], (s) => ({
    mode: "cont",
    fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, a: number) => {
      const t = selfTy(s);
      const it = inner(m, t);
      const p = m.mem.readPtr(a);
      const sa = p + fieldOffset(m, it, "strong");
      const strong = Number(m.mem.readU64(sa));
      const res = s.retTy as Adt;
      const isOption = res.def.name === "Option";
      const data = p + fieldOffset(m, it, dataField);
      if (strong === 1) {
        const pl = layoutOf(res, m.tt).variants[isOption ? 1 : 0].fields[0];
        m.mem.copy(dst + pl.offset, data, layoutOf(t.args[0], m.tt).size);
        m.setVariant(res, dst, isOption ? 1 : 0);
        heapFree(m, p, layoutOf(it, m.tt).size);
        return undefined;
      }
      if (isOption) {
        m.mem.writeU64(sa, strong - 1);
        m.setVariant(res, dst, 0);
        return undefined;
      }
      const pl = layoutOf(res, m.tt).variants[1].fields[0];
      m.mem.writePtr(dst + pl.offset, p);
      m.setVariant(res, dst, 1);
      void f;
      void k;
      return undefined;
    },
  }));
  register([`${name}::get_mut`], (s) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, a: number) => {
      const it = inner(m, selfTy(s));
      const p = m.mem.readPtr(a);
      const unique = Number(m.mem.readU64(p + fieldOffset(m, it, "strong"))) === 1;
      writeOption(m, s.retTy, dst, p + fieldOffset(m, it, dataField), unique);
    },
  }));
  registerDrop(name, function* (m, ty, addr) {
    const it = inner(m, ty);
    const p = m.mem.readPtr(addr);
    const sa = p + fieldOffset(m, it, "strong");
    const strong = Number(m.mem.readU64(sa)) - 1;
    m.mem.writeU64(sa, strong);
    if (strong > 0) return;
    yield* m.drops.glue(ty.args[0], p + fieldOffset(m, it, dataField));
    heapFree(m, p, layoutOf(it, m.tt).size);
  });
}

// --- Mutex -------------------------------------------------------------------------------------------------

function mutexFields(m: Machine, mt: Adt) {
  return {
    state: fieldOffset(m, mt, "state"),
    poison: fieldOffset(m, mt, "poison"),
    data: fieldOffset(m, mt, "data"),
  };
}

/** Acquires the mutex at `mx`, blocking while another thread holds it. */
function* acquire(m: Machine, mt: Adt, mx: number): Gen<void> {
  const o = mutexFields(m, mt);
  m.schedulingPoint();
  while (m.mem.readU32(mx + o.state) !== 0) yield* waitOn(m, "Mutex lock", [queueOf(m, "mutex", mx)]);
  m.mem.writeU32(mx + o.state, 1);
}

/** Releases the mutex at `mx` and wakes one waiter. */
function release(m: Machine, mt: Adt, mx: number): void {
  const o = mutexFields(m, mt);
  m.mem.writeU32(mx + o.state, 0);
  queueOf(m, "mutex", mx).wakeOne();
  m.schedulingPoint();
}

/** Writes `Ok(guard)` or `Err(PoisonError { guard })` for a freshly locked mutex. */
function writeGuardResult(m: Machine, res: Adt, dst: number, mt: Adt, mx: number): void {
  const o = mutexFields(m, mt);
  const poisoned = m.mem.readU8(mx + o.poison) === 1;
  const v = poisoned ? 1 : 0;
  const pl = layoutOf(res, m.tt).variants[v].fields[0];
  // For Err, the payload is PoisonError<MutexGuard>, whose only field is the guard.
  const guardTy = poisoned ? (pl.ty as Adt).args[0] : pl.ty;
  const g = dst + pl.offset + (poisoned ? fieldOffset(m, pl.ty, "data") : 0);
  m.mem.writePtr(g + fieldOffset(m, guardTy, "lock"), mx);
  m.mem.writeU8(g + fieldOffset(m, guardTy, "poison"), m.cur.data.panicking ? 1 : 0);
  m.setVariant(res, dst, v);
}

register(["Mutex::new"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, v: unknown) => {
    const mt = s.retTy as Adt;
    const o = mutexFields(m, mt);
    m.mem.writeU32(dst + o.state, 0);
    m.mem.writeU8(dst + o.poison, 0);
    m.storeValue(dst + o.data, mt.args[0], v);
  },
}));
register(["Mutex::lock"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, mx: number) => {
    const mt = selfTy(s);
    return m.runGen(
      f,
      "Mutex::lock",
      (function* () {
        yield* acquire(m, mt, mx);
        writeGuardResult(m, s.retTy as Adt, dst, mt, mx);
      })(),
      k,
    );
  },
}));
register(["Mutex::try_lock"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, mx: number) => {
    const mt = selfTy(s);
    const o = mutexFields(m, mt);
    const res = s.retTy as Adt;
    m.schedulingPoint();
    if (m.mem.readU32(mx + o.state) !== 0) {
      // Err(TryLockError::WouldBlock)
      const pl = layoutOf(res, m.tt).variants[1].fields[0];
      m.setVariant(pl.ty, dst + pl.offset, 1);
      m.setVariant(res, dst, 1);
      return;
    }
    m.mem.writeU32(mx + o.state, 1);
    if (m.mem.readU8(mx + o.poison) === 1) {
      const pl = layoutOf(res, m.tt).variants[1].fields[0]; // TryLockError::Poisoned(PoisonError(guard))
      const pe = layoutOf(pl.ty, m.tt).variants[0].fields[0];
      const guardTy = (pe.ty as Adt).args[0];
      const g = dst + pl.offset + pe.offset + fieldOffset(m, pe.ty, "data");
      m.mem.writePtr(g + fieldOffset(m, guardTy, "lock"), mx);
      m.mem.writeU8(g + fieldOffset(m, guardTy, "poison"), 0);
      m.setVariant(pl.ty, dst + pl.offset, 0);
      m.setVariant(res, dst, 1);
      return;
    }
    writeGuardResult(m, res, dst, mt, mx);
  },
}));
register(
  ["Mutex::is_poisoned"],
  (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, mx: number) => m.mem.readU8(mx + mutexFields(m, selfTy(s)).poison),
  }),
);
register(
  ["Mutex::clear_poison"],
  (s) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, mx: number) => m.mem.writeU8(mx + mutexFields(m, selfTy(s)).poison, 0),
  }),
);
register(["Mutex::into_inner", "Mutex::get_mut"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, mx: number) => {
    const mt = selfTy(s);
    const o = mutexFields(m, mt);
    const res = s.retTy as Adt;
    const poisoned = m.mem.readU8(mx + o.poison) === 1;
    const pl = layoutOf(res, m.tt).variants[poisoned ? 1 : 0].fields[0];
    const val = s.path.endsWith("get_mut") ? mx + o.data : m.loadValue(mx + o.data, mt.args[0]);
    const target = poisoned ? dst + pl.offset + fieldOffset(m, pl.ty, "data") : dst + pl.offset;
    m.storeValue(target, poisoned ? (pl.ty as Adt).args[0] : pl.ty, val);
    m.setVariant(res, dst, poisoned ? 1 : 0);
  },
}));
register(["<MutexGuard as Deref>::deref", "<MutexGuard as DerefMut>::deref_mut"], (s) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, g: number) => {
    const gt = selfTy(s);
    const mx = m.mem.readPtr(g + fieldOffset(m, gt, "lock"));
    const mt = stdType(m, "std::sync::Mutex", [gt.args[0]]) as Adt;
    return mx + mutexFields(m, mt).data;
  },
}));
registerDrop("MutexGuard", function* (m, gt, g) {
  const mx = m.mem.readPtr(g + fieldOffset(m, gt, "lock"));
  const mt = stdType(m, "std::sync::Mutex", [gt.args[0]]) as Adt;
  const wasPanicking = m.mem.readU8(g + fieldOffset(m, gt, "poison")) === 1;
  if (!wasPanicking && m.cur.data.panicking) m.mem.writeU8(mx + mutexFields(m, mt).poison, 1);
  release(m, mt, mx);
});
register(["PoisonError::into_inner", "PoisonError::get_ref", "PoisonError::get_mut"], (s) => ({
  mode: layoutOf(s.retTy, undefined as never) ? "dst" : "dst",
  fn: (m: Machine, _f: unknown, dst: number, e: number) => {
    const et = selfTy(s);
    const off = fieldOffset(m, et, "data");
    if (s.path.endsWith("into_inner")) m.mem.copy(dst, e + off, layoutOf(et.args[0], m.tt).size);
    else m.mem.writePtr(dst, e + off);
  },
}));

// --- Condvar -------------------------------------------------------------------------------------------------

/** The mutex a guard (at `g`, of guard type `gt`) holds. */
function guardMutex(m: Machine, gt: Adt, g: number): { mt: Adt; mx: number } {
  return { mt: stdType(m, "std::sync::Mutex", [gt.args[0]]) as Adt, mx: m.mem.readPtr(g + fieldOffset(m, gt, "lock")) };
}

register(
  ["Condvar::new"],
  () => ({ mode: "dst", fn: (m: Machine, _f: unknown, dst: number) => m.mem.writeU32(dst, 0) }),
);
register(["Condvar::notify_one", "Condvar::notify_all"], (s) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, cv: number) => {
    const q = queueOf(m, "condvar", cv);
    if (s.path.endsWith("notify_one")) q.wakeOne();
    else q.wakeAll();
    m.schedulingPoint();
  },
}));
register(["Condvar::wait", "Condvar::wait_while", "Condvar::wait_timeout", "Condvar::wait_timeout_while"], (s) => ({
  mode: "cont",
  fn: (
    m: Machine,
    f: AnyFrame,
    k: (v: unknown) => void,
    dst: number,
    cv: number,
    guard: number,
    a: unknown,
    b: unknown,
  ) => {
    const name = s.path.split("::").pop()!;
    const gt = s.argTys[1] as Adt;
    const { mt, mx } = guardMutex(m, gt, guard);
    const res = s.retTy as Adt;
    const withTimeout = name.startsWith("wait_timeout");
    const closure = name === "wait_while" ? a : name === "wait_timeout_while" ? b : undefined;
    const closureTy = name === "wait_while" ? s.argTys[2] : s.argTys[3];
    const timeoutNs = withTimeout ? durationNs(m, s.argTys[2], a as number) : undefined;
    return m.runGen(
      f,
      "Condvar::wait",
      (function* () {
        const deadline = timeoutNs !== undefined ? m.sched.now() + timeoutNs : undefined;
        let timedOut = false;
        for (;;) {
          // A capture-less predicate is a ZST and arrives as `undefined`: test the method name.
          if (name.endsWith("_while")) {
            const data = mx + mutexFields(m, mt).data;
            const keep = yield* callClosure(
              m,
              closureTy,
              "FnMut",
              typeof closure === "number" ? closure : 1,
              [data],
              m.tt.tuple([m.tt.ref(mt.args[0], true)]),
              m.tt.bool,
            );
            if (!keep) break;
          }
          release(m, mt, mx);
          const cause = yield* waitOn(m, "Condvar wait", [queueOf(m, "condvar", cv)], deadline);
          yield* acquire(m, mt, mx);
          // Without a predicate one wait is the whole call. With one, std re-checks the predicate
          // after every wake-up (a timeout included) and reports a timeout only if it still holds.
          if (!name.endsWith("_while")) {
            timedOut = cause === "timeout";
            break;
          }
          if (deadline !== undefined && m.sched.now() >= deadline) {
            const data = mx + mutexFields(m, mt).data;
            const keep = yield* callClosure(
              m,
              closureTy,
              "FnMut",
              typeof closure === "number" ? closure : 1,
              [data],
              m.tt.tuple([m.tt.ref(mt.args[0], true)]),
              m.tt.bool,
            );
            timedOut = !!keep;
            break;
          }
        }
        // Result<MutexGuard, PoisonError<..>> or, with a timeout, Result<(MutexGuard, WaitTimeoutResult), ..>.
        const poisoned = m.mem.readU8(mx + mutexFields(m, mt).poison) === 1;
        const v = poisoned ? 1 : 0;
        const pl = layoutOf(res, m.tt).variants[v].fields[0];
        let target = dst + pl.offset;
        let ty = pl.ty;
        if (poisoned) {
          target += fieldOffset(m, pl.ty, "data");
          ty = (pl.ty as Adt).args[0];
        }
        if (withTimeout) {
          const tl = layoutOf(ty, m.tt);
          m.mem.copy(target + tl.variants[0].fields[0].offset, guard, layoutOf(gt, m.tt).size);
          m.mem.writeU8(target + tl.variants[0].fields[1].offset, timedOut ? 1 : 0);
        } else m.mem.copy(target, guard, layoutOf(gt, m.tt).size);
        m.setVariant(res, dst, v);
      })(),
      k,
    );
  },
}));
register(
  ["WaitTimeoutResult::timed_out"],
  () => ({ mode: "value", fn: (m: Machine, _f: unknown, r: number) => m.mem.readU8(r) }),
);

// --- atomics -----------------------------------------------------------------------------------------------

/** The integer type behind an atomic type (`AtomicBool` as u8, `AtomicPtr` as usize). */
function atomicInt(t: Adt): IntName {
  const n = t.def.name;
  if (n === "AtomicBool") return "u8";
  if (n === "AtomicPtr") return "usize";
  const m = /^Atomic([IU])(8|16|32|64|size)$/.exec(n);
  if (!m) throw new Unsupported(`the atomic type ${n}`);
  return `${m[1].toLowerCase()}${m[2]}` as IntName;
}

const ATOMIC_HEADS = [
  "AtomicBool",
  "AtomicU8",
  "AtomicI8",
  "AtomicU16",
  "AtomicI16",
  "AtomicU32",
  "AtomicI32",
  "AtomicU64",
  "AtomicI64",
  "AtomicUsize",
  "AtomicIsize",
  "AtomicPtr",
];
function atomic(
  names: string[],
  make: (s: ShimSite, m: Machine, t: Adt, it: IntName) => { mode: "value" | "dst"; fn: (...a: never[]) => unknown },
) {
  register(ATOMIC_HEADS.flatMap((h) => names.map((n) => `${h}::${n}`)), (s, mm) => {
    const t = selfTy(s.self ? s : { ...s, self: s.retTy });
    const m = mm as Machine;
    return make(s, m, t, atomicInt(t)) as never;
  });
}
atomic(
  ["new", "from"],
  (_s, _m, _t, it) => ({
    mode: "dst",
    fn: (m: Machine, _f: unknown, dst: number, v: I.Int) => m.mem.writeInt(dst, it, v),
  }),
);
atomic(["load", "into_inner"], (s, _m, _t, it) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, a: number) => {
    m.schedulingPoint();
    return s.path.endsWith("into_inner") ? m.mem.readInt(a, it) : m.mem.readInt(a, it);
  },
}));
atomic(["store"], (_s, _m, _t, it) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, a: number, v: I.Int) => {
    m.mem.writeInt(a, it, v);
    m.schedulingPoint();
  },
}));
atomic(["get_mut", "as_ptr"], () => ({ mode: "value", fn: (_m: Machine, _f: unknown, a: number) => a }));
const RMW: Record<string, (t: IntName, a: I.Int, b: I.Int) => I.Int> = {
  swap: (_t, _a, b) => b,
  fetch_add: I.add,
  fetch_sub: I.sub,
  fetch_and: I.bitand,
  fetch_or: I.bitor,
  fetch_xor: I.bitxor,
  fetch_nand: (t, a, b) => I.not(t, I.bitand(t, a, b)),
  fetch_max: (_t, a, b) => (a > b ? a : b),
  fetch_min: (_t, a, b) => (a < b ? a : b),
};
for (const [name, op] of Object.entries(RMW)) {
  atomic([name], (_s, _m, t, it) => ({
    mode: "value",
    fn: (m: Machine, _f: unknown, a: number, v: I.Int) => {
      const old = m.mem.readInt(a, it);
      let r = op(it, old, v);
      if (t.def.name === "AtomicBool") r = Number(r) & 1;
      m.mem.writeInt(a, it, r);
      m.schedulingPoint();
      return old;
    },
  }));
}
atomic(["fetch_not"], (_s, _m, _t, it) => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, a: number) => {
    const old = m.mem.readInt(a, it);
    m.mem.writeInt(a, it, Number(old) ^ 1);
    m.schedulingPoint();
    return old;
  },
}));
// `fetch_update(set_order, fetch_order, f)`: std's compare-exchange loop. `f` is MIR and can be
// preempted, so the new value is stored only if the atomic still holds the value `f` saw.
register(ATOMIC_HEADS.map((h) => `${h}::fetch_update`), (s, mm) => {
  const m0 = mm as Machine;
  const t = selfTy(s);
  const it = atomicInt(t);
  const closureTy = s.argTys[3];
  const vt = t.def.name === "AtomicBool" ? m0.tt.bool : m0.tt.int(it);
  const optTy = stdType(m0, "std::option::Option", [vt]);
  const res = s.retTy;
  return {
    mode: "cont",
    fn: (
      m: Machine,
      f: AnyFrame,
      k: (v: unknown) => void,
      dst: number,
      a: number,
      _so: unknown,
      _fo: unknown,
      c: unknown,
    ) =>
      m.runGen(
        f,
        "fetch_update",
        (function* (): Generator<NativeRequest, unknown, unknown> {
          const fnRef = typeof c === "number" ? c : 1; // a capture-less closure is zero-sized
          const pl = (ok: boolean) => layoutOf(res, m.tt).variants[ok ? 0 : 1].fields[0];
          for (;;) {
            const prev = m.mem.readInt(a, it);
            const r = yield* callClosure(m, closureTy, "FnMut", fnRef, [prev], m.tt.tuple([vt]), optTy);
            const tmp = m.scratch(Math.max(1, layoutOf(optTy, m.tt).size));
            m.storeValue(tmp, optTy, r);
            const some = m.variantOf(optTy, tmp) === 1;
            m.schedulingPoint();
            if (!some) {
              m.storeValue(dst + pl(false).offset, vt, prev);
              m.setVariant(res, dst, 1);
              return undefined;
            }
            if (m.mem.readInt(a, it) !== prev) continue; // changed meanwhile: call `f` again
            const next = m.loadValue(tmp + layoutOf(optTy, m.tt).variants[1].fields[0].offset, vt);
            m.mem.writeInt(a, it, next as I.Int);
            m.storeValue(dst + pl(true).offset, vt, prev);
            m.setVariant(res, dst, 0);
            return undefined;
          }
        })(),
        k,
      ),
  };
});
atomic(["compare_exchange", "compare_exchange_weak", "compare_and_swap"], (s, _m, _t, it) => ({
  mode: s.path.endsWith("compare_and_swap") ? "value" : "dst",
  fn: s.path.endsWith("compare_and_swap")
    ? (m: Machine, _f: unknown, a: number, cur: I.Int, nw: I.Int) => {
      const old = m.mem.readInt(a, it);
      if (old === cur) m.mem.writeInt(a, it, nw);
      m.schedulingPoint();
      return old;
    }
    : (m: Machine, _f: unknown, dst: number, a: number, cur: I.Int, nw: I.Int) => {
      const old = m.mem.readInt(a, it);
      const ok = old === cur;
      if (ok) m.mem.writeInt(a, it, nw);
      const res = s.retTy;
      const pl = layoutOf(res, m.tt).variants[ok ? 0 : 1].fields[0];
      m.storeValue(dst + pl.offset, pl.ty, old);
      m.setVariant(res, dst, ok ? 0 : 1);
      m.schedulingPoint();
    },
}));
register(
  ["std::sync::atomic::fence", "std::sync::atomic::compiler_fence"],
  () => ({ mode: "value", fn: (m: Machine) => m.schedulingPoint() }),
);

// --- mpsc channels ---------------------------------------------------------------------------------------

/** A channel's shared state. */
class Channel {
  readonly items: number[] = [];
  senders = 1;
  receiverAlive = true;
  readonly recvQ: WaitQueue;
  readonly sendQ: WaitQueue;
  constructor(
    readonly id: number,
    /** 1 for the program's first channel, 2 for the next…: how reports name it. */
    readonly number: number,
    readonly elem: RType,
    readonly bound: number | undefined,
  ) {
    this.recvQ = new WaitQueue(`channel #${number} receivers`);
    this.sendQ = new WaitQueue(`channel #${number} senders`);
  }
}

function channels(m: Machine): Map<number, Channel> {
  let c = m.ext.get("channels") as Map<number, Channel> | undefined;
  if (!c) m.ext.set("channels", c = new Map());
  return c;
}

function chanOf(m: Machine, t: Adt, addr: number): Channel {
  const id = m.mem.readPtr(addr + fieldOffset(m, t, "chan"));
  const c = channels(m).get(id);
  if (!c) throw new Unsupported("a channel endpoint the interpreter did not create");
  return c;
}

register(["std::sync::mpsc::channel", "std::sync::mpsc::sync_channel"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, bound?: unknown) => {
    const tup = s.retTy;
    const l = layoutOf(tup, m.tt);
    const txTy = l.variants[0].fields[0].ty as Adt;
    const elem = txTy.args[0];
    const id = heapAlloc(m, 1, 1, "a channel");
    const chans = channels(m);
    chans.set(id, new Channel(id, chans.size + 1, elem, bound === undefined ? undefined : Number(bound)));
    m.mem.writePtr(dst + l.variants[0].fields[0].offset + fieldOffset(m, txTy, "chan"), id);
    m.mem.writePtr(dst + l.variants[0].fields[1].offset + fieldOffset(m, l.variants[0].fields[1].ty, "chan"), id);
  },
}));

register(["Sender::send", "SyncSender::send"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, tx: number, v: unknown) => {
    const c = chanOf(m, selfTy(s), tx);
    const res = s.retTy;
    const el = layoutOf(c.elem, m.tt);
    // The value moves into the channel now (the caller's copy may be reused while we block).
    const item = heapAlloc(m, Math.max(el.size, 1), el.align, "a channel message");
    m.storeValue(item, c.elem, v);
    return m.runGen(
      f,
      "send",
      (function* () {
        m.schedulingPoint();
        while (c.receiverAlive && c.bound !== undefined && c.items.length >= Math.max(c.bound, 1)) {
          yield* waitOn(m, `send on a full channel (bound ${c.bound})`, [c.sendQ]);
        }
        if (!c.receiverAlive) {
          // Err(SendError(v))
          const pl = layoutOf(res, m.tt).variants[1].fields[0];
          m.mem.copy(dst + pl.offset, item, el.size);
          m.setVariant(res, dst, 1);
          return;
        }
        c.items.push(item);
        c.recvQ.wakeOne();
        m.setVariant(res, dst, 0);
      })(),
      k,
    );
  },
}));

/** Receives from a channel: the item address, or undefined when disconnected (or timed out). */
function* recvItem(
  m: Machine,
  c: Channel,
  deadline: number | undefined,
  block: boolean,
): Gen<{ item?: number; timeout?: boolean }> {
  m.schedulingPoint();
  for (;;) {
    if (c.items.length) {
      const item = c.items.shift()!;
      c.sendQ.wakeOne();
      return { item };
    }
    if (c.senders === 0 || !block) return {};
    const cause = yield* waitOn(m, `mpsc recv (channel #${c.number})`, [c.recvQ], deadline);
    if (cause === "timeout" && !c.items.length) return { timeout: true };
  }
}

register(["Receiver::recv", "Receiver::try_recv", "Receiver::recv_timeout"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, rx: number, timeout?: number) => {
    const c = chanOf(m, selfTy(s), rx);
    const name = s.path.split("::").pop()!;
    const res = s.retTy;
    return m.runGen(
      f,
      name,
      (function* () {
        const deadline = name === "recv_timeout" ? m.sched.now() + durationNs(m, s.argTys[1], timeout!) : undefined;
        const r = yield* recvItem(m, c, deadline, name !== "try_recv");
        if (r.item !== undefined) {
          const pl = layoutOf(res, m.tt).variants[0].fields[0];
          m.mem.copy(dst + pl.offset, r.item, layoutOf(c.elem, m.tt).size);
          heapFree(m, r.item, 1);
          m.setVariant(res, dst, 0);
          return;
        }
        const errPl = layoutOf(res, m.tt).variants[1].fields[0];
        if (name === "try_recv") m.setVariant(errPl.ty, dst + errPl.offset, c.senders === 0 ? 1 : 0);
        if (name === "recv_timeout") m.setVariant(errPl.ty, dst + errPl.offset, r.timeout ? 0 : 1);
        m.setVariant(res, dst, 1);
      })(),
      k,
    );
  },
}));

/** `next()` of `mpsc::Iter`, `mpsc::IntoIter` and `mpsc::TryIter`. */
export function* channelNext(m: Machine, t: Adt, addr: number): Gen<{ some: boolean; value?: unknown }> {
  const rxTy = stdType(m, "std::sync::mpsc::Receiver", [t.args[0]]) as Adt;
  const rx = t.def.name === "IntoIter" ? addr + fieldOffset(m, t, "rx") : m.mem.readPtr(addr + fieldOffset(m, t, "rx"));
  const c = chanOf(m, rxTy, rx);
  const r = yield* recvItem(m, c, undefined, t.def.name !== "TryIter");
  if (r.item === undefined) return { some: false };
  const el = layoutOf(c.elem, m.tt);
  if (el.repr === "memory") return { some: true, value: r.item };
  const v = m.loadValue(r.item, c.elem);
  heapFree(m, r.item, 1);
  return { some: true, value: v };
}

register(
  ["Receiver::iter", "Receiver::try_iter"],
  () => ({ mode: "dst", fn: (m: Machine, _f: unknown, dst: number, rx: number) => m.mem.writePtr(dst, rx) }),
);
register(["<Receiver as IntoIterator>::into_iter"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, rx: number) => m.mem.copy(dst, rx, layoutOf(s.argTys[0], m.tt).size),
}));
register(["<Sender as Clone>::clone", "<SyncSender as Clone>::clone"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, tx: number) => {
    const t = selfTy(s);
    chanOf(m, t, tx).senders++;
    m.mem.copy(dst, tx, layoutOf(t, m.tt).size);
  },
}));
registerDrop(["Sender", "SyncSender"], function* (m, t, addr) {
  const c = chanOf(m, t, addr);
  c.senders--;
  if (c.senders === 0) c.recvQ.wakeAll();
});
registerDrop("Receiver", function* (m, t, addr) {
  const c = chanOf(m, t, addr);
  c.receiverAlive = false;
  c.sendQ.wakeAll();
  for (const item of c.items.splice(0)) yield* m.drops.glue(c.elem, item);
});
registerDrop("std::sync::mpsc::IntoIter", function* (m, t, addr) {
  const rxTy = stdType(m, "std::sync::mpsc::Receiver", [t.args[0]]) as Adt;
  yield* m.drops.glue(rxTy, addr + fieldOffset(m, t, "rx"));
});

// --- Barrier ------------------------------------------------------------------------------------------------

register(["Barrier::new"], (s) => ({
  mode: "dst",
  fn: (m: Machine, _f: unknown, dst: number, n: unknown) => {
    m.mem.writeU64(dst + fieldOffset(m, s.retTy, "id"), 0);
    m.mem.writeU64(dst + fieldOffset(m, s.retTy, "n"), Number(n));
  },
}));
register(["Barrier::wait"], (s) => ({
  mode: "cont",
  fn: (m: Machine, f: AnyFrame, k: (v: unknown) => void, dst: number, b: number) => {
    const t = selfTy(s);
    const n = Number(m.mem.readU64(b + fieldOffset(m, t, "n")));
    const key = `barrier:${b}`;
    const st = (m.ext.get(key) as { count: number; gen: number } | undefined) ?? { count: 0, gen: 0 };
    m.ext.set(key, st);
    return m.runGen(
      f,
      "Barrier::wait",
      (function* () {
        st.count++;
        if (st.count >= n) {
          st.count = 0;
          st.gen++;
          queueOf(m, "barrier", b).wakeAll();
          m.mem.writeU8(dst, 1);
          return;
        }
        const gen = st.gen;
        while (st.gen === gen) yield* waitOn(m, "Barrier wait", [queueOf(m, "barrier", b)]);
        m.mem.writeU8(dst, 0);
      })(),
      k,
    );
  },
}));
register(
  ["BarrierWaitResult::is_leader"],
  () => ({ mode: "value", fn: (m: Machine, _f: unknown, r: number) => m.mem.readU8(r) }),
);

void fieldType;
