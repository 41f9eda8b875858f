/**
 * poll(2) and ppoll(2), modelled on Linux's `do_poll`: each pass looks every fd up again (a
 * closed fd reports POLLNVAL, a negative fd 0) and masks the description's poll mask with the
 * requested events plus POLLERR|POLLHUP. If nothing is ready the thread blocks on the queues of the
 * descriptions found by the FIRST pass (holding a reference to each, as Linux's poll table holds a
 * file reference) until one of them wakes with a matching key, or the deadline passes; then it
 * scans once more.
 */

import { WaitQueue } from "../sched/api.ts";
import { Errno, type Finish, type IoCtx, Linux } from "./api.ts";
import type { Description } from "./desc.ts";
import type { Watcher } from "./events.ts";
import type { DescHandle } from "./ref.ts";
import type { FdTable } from "./table.ts";
import { accessOk } from "./uio.ts";

/** Size of `struct pollfd { int fd; short events; short revents; }`. */
export const POLLFD_SIZE = 8;

/** When a blocking call gives up: never (`deadline` undefined), at once, or at a virtual time. */
export interface Timing {
  /** Do not block at all (timeout 0). */
  immediate: boolean;
  /** Absolute virtual time in ns; undefined: no deadline. */
  deadline?: number;
}

interface PollEntry {
  fd: number;
  events: number;
}

/** A blocked poll's subscription to one description. */
interface Subscription {
  ref: DescHandle<Description>;
  watcher: Watcher;
}

/** The poll mask of `desc` filtered the way poll() reports it for `events`. */
export function pollRevents(desc: Description, events: number): number {
  return desc.pollEvents() & ((events & 0xffff) | Linux.POLLERR | Linux.POLLHUP);
}

/** Runs poll over the `nfds` pollfds at `fdsAddr`; completes through `finish`. */
export function doPoll(
  ctx: IoCtx,
  table: FdTable,
  fdsAddr: number,
  nfds: number,
  timing: Timing,
  reason: string,
  finish: Finish,
): void {
  if (nfds < 0 || nfds > table.limit) return finish(ctx, -Errno.EINVAL);
  const entries: PollEntry[] = [];
  if (nfds > 0) {
    if (fdsAddr === 0 || !accessOk(fdsAddr, nfds * POLLFD_SIZE)) return finish(ctx, -Errno.EFAULT);
    const raw = ctx.mem.read(fdsAddr, nfds * POLLFD_SIZE);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < nfds; i++) {
      entries.push({ fd: view.getInt32(i * POLLFD_SIZE, true), events: view.getUint16(i * POLLFD_SIZE + 4, true) });
    }
  }
  new PollCall(table, fdsAddr, entries, timing, reason, finish).attempt(ctx, false);
}

/** One poll() call; its subscriptions survive blocking. */
class PollCall {
  private readonly queue = new WaitQueue("poll");
  private subscriptions: Subscription[] | undefined;

  constructor(
    private readonly table: FdTable,
    private readonly fdsAddr: number,
    private readonly entries: PollEntry[],
    private readonly timing: Timing,
    private readonly reason: string,
    private readonly finish: Finish,
  ) {}

  /** One pass; completes, or blocks (subscribing on the first block). */
  attempt(ctx: IoCtx, timedOut: boolean): void {
    const revents = this.entries.map((e) => this.scan(e));
    const count = revents.filter((r) => r !== 0).length;
    if (count > 0 || this.timing.immediate || timedOut) return this.complete(ctx, revents, count);
    this.subscriptions ??= this.subscribe();
    ctx.sched.block({
      reason: this.reason,
      queues: [this.queue],
      deadline: this.timing.deadline,
      onWake: (c, cause) => this.attempt(c, cause === "timeout"),
    });
  }

  private scan(e: PollEntry): number {
    if (e.fd < 0) return 0;
    const entry = this.table.get(e.fd);
    if (!entry) return Linux.POLLNVAL;
    return pollRevents(entry.ref.desc, e.events);
  }

  private subscribe(): Subscription[] {
    const subs: Subscription[] = [];
    for (const e of this.entries) {
      const entry = e.fd >= 0 ? this.table.get(e.fd) : undefined;
      if (!entry) continue;
      const filter = (e.events & 0xffff) | Linux.POLLERR | Linux.POLLHUP;
      const watcher: Watcher = {
        notify: (key) => {
          if (key === 0 || (key & filter) !== 0) this.queue.wakeAll();
        },
      };
      entry.ref.desc.watchQueue().watch(watcher);
      subs.push({ ref: entry.ref.retain(), watcher });
    }
    return subs;
  }

  private complete(ctx: IoCtx, revents: number[], count: number): void {
    for (const s of this.subscriptions ?? []) {
      s.ref.desc.watchQueue().unwatch(s.watcher);
      s.ref.drop(ctx);
    }
    this.subscriptions = undefined;
    const out = new Uint8Array(2);
    const view = new DataView(out.buffer);
    revents.forEach((r, i) => {
      view.setUint16(0, r, true);
      ctx.mem.write(this.fdsAddr + i * POLLFD_SIZE + 6, out);
    });
    this.finish(ctx, count);
  }
}
