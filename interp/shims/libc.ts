/**
 * libc functions a program declares in `extern "C"` blocks, dispatched by symbol name to the fd
 * layer and the scheduler. Results follow C: `-1` and errno on failure. Blocking calls complete
 * through the fd layer's callbacks; every fd operation is a scheduling point.
 */

import { Unsupported } from "../errors.ts";
import type { IoCtx } from "../fd/api.ts";
import type { Machine } from "../machine/machine.ts";
import type { RType } from "../machine/types.ts";
import { PENDING } from "./api.ts";
import { register } from "./table.ts";
import { type AnyFrame, heapAlloc, num } from "./util.ts";

/** Converts a raw result (`>= 0` or `-errno`) to C's convention, setting errno. */
function cResult(m: Machine, r: number, ret: RType): number | bigint {
  if (r < 0) {
    m.setErrno(-r);
    return ret.k === "int" && !ret.signed ? 0 : -1;
  }
  return r;
}

/** A libc function that completes at once. */
function sync(name: string, fn: (m: Machine, ctx: IoCtx, args: number[], argTys: RType[]) => number) {
  register(`libc::${name}`, (s, mm) => {
    const ret = s.retTy;
    void mm;
    return {
      mode: "value",
      fn: (m: Machine, _f: unknown, ...args: unknown[]) => {
        const r = fn(m, m.io, args.map((a) => (typeof a === "bigint" ? Number(a) : a as number)), s.argTys);
        if (m.tracing) m.trace(`${name}(${args.map(String).join(", ")}) = ${r}`);
        m.schedulingPoint();
        return cResult(m, r, ret);
      },
    };
  });
}

/** A libc function that may block: the fd layer calls `finish` now or from a wake-up. */
function blocking(
  name: string,
  fn: (m: Machine, ctx: IoCtx, args: number[], finish: (ctx: IoCtx, r: number) => void) => void,
) {
  register(`libc::${name}`, (s) => {
    const ret = s.retTy;
    return {
      mode: "cont",
      fn: (m: Machine, _f: AnyFrame, k: (v: unknown) => void, ...args: unknown[]) => {
        const nums = args.map((a) => (typeof a === "bigint" ? Number(a) : a as number));
        let sync = true, done = false, result: unknown;
        const finish = (_ctx: IoCtx, r: number) => {
          const v = cResult(m, r, ret);
          if (m.tracing) m.trace(`${name}(${nums.join(", ")}) = ${r}${sync ? "" : " (after blocking)"}`);
          if (sync) {
            done = true;
            result = v;
          } else k(v);
        };
        fn(m, m.io, nums, finish);
        sync = false;
        m.schedulingPoint();
        if (done) return result;
        if (m.tracing) m.trace(`${name}(${nums.join(", ")}) blocks`);
        return PENDING;
      },
    };
  });
}

blocking("read", (m, c, [fd, buf, len], fin) => m.fds.read(c, fd, buf, len, fin));
blocking("write", (m, c, [fd, buf, len], fin) => m.fds.write(c, fd, buf, len, fin));
blocking("readv", (m, c, [fd, iov, n], fin) => m.fds.readv(c, fd, iov, n, fin));
blocking("writev", (m, c, [fd, iov, n], fin) => m.fds.writev(c, fd, iov, n, fin));
blocking("recv", (m, c, [fd, buf, len, flags], fin) => m.fds.recv(c, fd, buf, len, flags, fin));
blocking("send", (m, c, [fd, buf, len, flags], fin) => m.fds.send(c, fd, buf, len, flags, fin));
blocking("recvfrom", (m, c, [fd, buf, len, flags, addr], fin) => {
  if (addr) throw new Unsupported("recvfrom with a source address buffer");
  m.fds.recv(c, fd, buf, len, flags, fin);
});
blocking("sendto", (m, c, [fd, buf, len, flags, addr], fin) => {
  if (addr) throw new Unsupported("sendto with a destination address");
  m.fds.send(c, fd, buf, len, flags, fin);
});
blocking("poll", (m, c, [fds, n, timeout], fin) => m.fds.poll(c, fds, n, timeout, fin));
blocking("ppoll", (m, c, [fds, n, ts, mask], fin) => m.fds.ppoll(c, fds, n, ts, mask, fin));
blocking("epoll_wait", (m, c, [ep, ev, max, timeout], fin) => m.fds.epollWait(c, ep, ev, max, timeout, fin));
blocking("epoll_pwait", (m, c, [ep, ev, max, timeout], fin) => m.fds.epollWait(c, ep, ev, max, timeout, fin));

sync("pipe", (m, c, [fds]) => m.fds.pipe2(c, fds, 0));
sync("pipe2", (m, c, [fds, flags]) => m.fds.pipe2(c, fds, flags));
sync("socketpair", (m, c, [d, t, p, sv]) => m.fds.socketpair(c, d, t, p, sv));
sync("eventfd", (m, c, [init, flags]) => m.fds.eventfd(c, init, flags));
sync("close", (m, c, [fd]) => m.fds.close(c, fd));
sync("dup", (m, c, [fd]) => m.fds.dup(c, fd));
sync("dup2", (m, c, [a, b]) => m.fds.dup2(c, a, b));
sync("dup3", (m, c, [a, b, fl]) => m.fds.dup3(c, a, b, fl));
sync("fcntl", (m, c, [fd, cmd, arg]) => m.fds.fcntl(c, fd, cmd, arg ?? 0));
sync("ioctl", (m, c, [fd, req, argp]) => m.fds.ioctl(c, fd, req, argp ?? 0));
sync("shutdown", (m, c, [fd, how]) => m.fds.shutdown(c, fd, how));
sync("epoll_create1", (m, c, [flags]) => m.fds.epollCreate1(c, flags));
sync("epoll_create", (m, c, [size]) => m.fds.epollCreate(c, size));
sync("epoll_ctl", (m, c, [ep, op, fd, ev]) => m.fds.epollCtl(c, ep, op, fd, ev));
sync("sched_yield", (m) => {
  m.endSliceNow();
  return 0;
});
sync("getpid", () => PID);
sync("gettid", (m) => m.osThreadId(m.cur.id));
sync("getppid", () => 1);
sync("getuid", () => 0);
sync("geteuid", () => 0);

/** The process id the interpreter reports (stable, so outputs are deterministic). */
export const PID = 4001;

register("libc::__errno_location", () => ({
  mode: "value",
  fn: (m: Machine) => m.cur.data.errnoAddr,
}));

// Sleeping in virtual time.
function sleepNs(m: Machine, ns: number, k: (v: unknown) => void, ret: unknown): unknown {
  m.sched.block({
    reason: `sleep(${ns / 1e6} ms)`,
    queues: [],
    deadline: m.sched.now() + ns,
    onWake: () => k(ret),
  });
  if (m.tracing) m.trace(`sleep ${ns} ns`);
  return PENDING;
}
register("libc::usleep", () => ({
  mode: "cont",
  fn: (m: Machine, _f: unknown, k: (v: unknown) => void, us: unknown) => sleepNs(m, num(us) * 1000, k, 0),
}));
register("libc::sleep", () => ({
  mode: "cont",
  fn: (m: Machine, _f: unknown, k: (v: unknown) => void, s: unknown) => sleepNs(m, num(s) * 1e9, k, 0),
}));
register("libc::nanosleep", () => ({
  mode: "cont",
  fn: (m: Machine, _f: unknown, k: (v: unknown) => void, req: number, rem: number) => {
    const secs = num(m.mem.readI64(req)), nanos = num(m.mem.readI64(req + 8));
    if (nanos < 0 || nanos > 999_999_999 || secs < 0) {
      m.setErrno(22);
      return -1;
    }
    if (rem) m.mem.fill(rem, 0, 16);
    return sleepNs(m, secs * 1e9 + nanos, k, 0);
  },
}));

// Memory and strings.
register("libc::malloc", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, n: unknown) => heapAlloc(m, Math.max(1, num(n)), 16, "malloc"),
}));
register("libc::calloc", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, n: unknown, size: unknown) =>
    heapAlloc(m, Math.max(1, num(n) * num(size)), 16, "calloc"),
}));
register("libc::free", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, p: number) => {
    if (p !== 0) m.mem.free(p, "heap");
  },
}));
register("libc::memcpy", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, d: number, s: number, n: unknown) => {
    m.mem.copy(d, s, num(n));
    return d;
  },
}));
register("libc::memmove", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, d: number, s: number, n: unknown) => {
    m.mem.copy(d, s, num(n));
    return d;
  },
}));
register("libc::memset", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, d: number, c: number, n: unknown) => {
    m.mem.fill(d, c & 255, num(n));
    return d;
  },
}));
register("libc::memcmp", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, a: number, b: number, n: unknown) => {
    const x = m.mem.read(a, num(n)), y = m.mem.read(b, num(n));
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  },
}));
register("libc::strlen", () => ({
  mode: "value",
  fn: (m: Machine, _f: unknown, p: number) => {
    let n = 0;
    while (m.mem.readU8(p + n) !== 0) n++;
    return n;
  },
}));

/** Functions that would reach outside the sandbox fail clearly. */
for (
  const name of [
    "open",
    "open64",
    "openat",
    "creat",
    "socket",
    "connect",
    "bind",
    "listen",
    "accept",
    "fork",
    "execve",
    "system",
    "kill",
    "mkfifo",
    "unlink",
    "stat",
    "fstat",
    "lseek",
    "mmap",
    "signal",
    "sigaction",
  ]
) {
  register(`libc::${name}`, () => ({
    mode: "value",
    fn: () => {
      throw new Unsupported(
        `the libc function \`${name}\` (the interpreter emulates pipes, socketpairs, eventfd and epoll only; it never touches host files, processes or the network)`,
      );
    },
  }));
}
