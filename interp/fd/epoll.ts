/**
 * epoll instances, modelled on Linux's `fs/eventpoll.c`.
 *
 * An interest ("item") is keyed by (description, fd number) and watches the description's wake-up
 * queue. A wake-up whose key matches the interest (or has no key) appends the item to the ready
 * list; epoll_wait walks the ready list in order, reports the item's CURRENT poll mask & interest,
 * puts level-triggered items back at the tail, drops edge-triggered ones, disables one-shot ones,
 * and leaves items beyond `maxevents` at the head. Interests go away when the description is
 * released (the last fd and every blocked operation let go of it), not when the registered fd
 * number is closed while a dup remains.
 */

import { WaitQueue } from "../sched/api.ts";
import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import { Description, type FileOps, type IoRequest } from "./desc.ts";
import { EventQueue, type Watcher } from "./events.ts";

/** Interest bits that are flags, not events. */
const EP_PRIVATE_BITS = Linux.EPOLLWAKEUP | Linux.EPOLLONESHOT | Linux.EPOLLET | Linux.EPOLLEXCLUSIVE;
/** Bits allowed together with EPOLLEXCLUSIVE. */
const EXCLUSIVE_OK_BITS = Linux.EPOLLIN | Linux.EPOLLOUT | Linux.EPOLLERR | Linux.EPOLLHUP | Linux.EPOLLWAKEUP |
  Linux.EPOLLET | Linux.EPOLLEXCLUSIVE;
/** Size of the packed x86_64 `struct epoll_event { u32 events; u64 data; }`. */
export const EPOLL_EVENT_SIZE = 12;

const EPOLL_OPS: FileOps = {
  read: false,
  write: false,
  readVector: "iter",
  writeVector: "iter",
  direct: false,
  async: false,
};

/** One registered interest. */
class EpollItem implements Watcher {
  /** On the ready list. */
  ready = false;
  unhookRelease: () => void = () => {};

  constructor(
    readonly ep: Epoll,
    readonly fd: number,
    readonly target: Description,
    public events: number,
    public data: bigint,
  ) {}

  /** `ep_poll_callback`. */
  notify(key: number): void {
    this.ep.itemWoken(this, key);
  }
}

/** A decoded `struct epoll_event`. */
export interface EpollEvent {
  events: number;
  data: bigint;
}

/** Decodes the 12-byte packed event. */
export function decodeEpollEvent(bytes: Uint8Array): EpollEvent {
  const v = new DataView(bytes.buffer, bytes.byteOffset, EPOLL_EVENT_SIZE);
  return { events: v.getUint32(0, true), data: v.getBigUint64(4, true) };
}

/** Encodes the 12-byte packed event. */
export function encodeEpollEvent(e: EpollEvent): Uint8Array {
  const bytes = new Uint8Array(EPOLL_EVENT_SIZE);
  const v = new DataView(bytes.buffer);
  v.setUint32(0, e.events >>> 0, true);
  v.setBigUint64(4, BigInt.asUintN(64, e.data), true);
  return bytes;
}

/** One epoll instance. */
export class Epoll extends Description {
  readonly kind = "epoll";
  readonly ops = EPOLL_OPS;
  private readonly items = new Map<Description, Map<number, EpollItem>>();
  private readyList: EpollItem[] = [];
  /** Threads blocked in epoll_wait (Linux `ep->wq`). */
  readonly sleepers = new WaitQueue("epoll_wait");
  /** Poll/epoll watchers of this epoll fd (Linux `ep->poll_wait`). */
  private readonly pollWaiters = new EventQueue("epoll poll");

  constructor(flags: number) {
    super(Linux.O_RDWR | flags);
  }

  readiness(): Readiness {
    const readable = this.readyList.some((i) => (i.target.pollEvents() & i.events) !== 0);
    return { readable, writable: false, hup: false, rdhup: false, err: false };
  }

  /** `ep_eventpoll_poll`: also drops leading ready-list items that are no longer ready. */
  override pollEvents(): number {
    while (this.readyList.length > 0) {
      const item = this.readyList[0];
      if ((item.target.pollEvents() & item.events) !== 0) return Linux.POLLIN | Linux.POLLRDNORM;
      item.ready = false;
      this.readyList.shift();
    }
    return 0;
  }

  watchQueue(): EventQueue {
    return this.pollWaiters;
  }

  /** epoll fds answer unknown ioctls with EINVAL (they have their own ioctl handler). */
  override ioctl(_ctx: IoCtx, _request: number, _argp: number): number {
    return -Errno.EINVAL;
  }

  readv(ctx: IoCtx, _req: IoRequest, finish: Finish): void {
    finish(ctx, -Errno.EINVAL);
  }

  writev(ctx: IoCtx, _req: IoRequest, finish: Finish): void {
    finish(ctx, -Errno.EINVAL);
  }

  /** True if this instance, or an epoll it watches (transitively), watches `other`. */
  watchesEpoll(other: Epoll): boolean {
    for (const target of this.items.keys()) {
      if (target === other) return true;
      if (target instanceof Epoll && target.watchesEpoll(other)) return true;
    }
    return false;
  }

  /**
   * EPOLL_CTL_ADD/MOD/DEL on (target, fd) after the fd checks: EINVAL for EPOLLEXCLUSIVE misuse or
   * an unknown op, ELOOP for a cycle of epolls, EEXIST/ENOENT for the registration state.
   */
  control(op: number, fd: number, target: Description, event: EpollEvent | undefined): number {
    if (event && (event.events & Linux.EPOLLEXCLUSIVE)) {
      if (op === Linux.EPOLL_CTL_MOD) return -Errno.EINVAL;
      if (op === Linux.EPOLL_CTL_ADD && (target instanceof Epoll || (event.events & ~EXCLUSIVE_OK_BITS))) {
        return -Errno.EINVAL;
      }
    }
    if (op === Linux.EPOLL_CTL_ADD && target instanceof Epoll && (target === this || target.watchesEpoll(this))) {
      return -Errno.ELOOP;
    }
    const item = this.items.get(target)?.get(fd);
    switch (op) {
      case Linux.EPOLL_CTL_ADD:
        if (item) return -Errno.EEXIST;
        this.insert(fd, target, event!);
        return 0;
      case Linux.EPOLL_CTL_DEL:
        if (!item) return -Errno.ENOENT;
        this.remove(item);
        return 0;
      case Linux.EPOLL_CTL_MOD:
        if (!item) return -Errno.ENOENT;
        if (item.events & Linux.EPOLLEXCLUSIVE) return -Errno.EINVAL;
        item.events = event!.events | Linux.EPOLLERR | Linux.EPOLLHUP;
        item.data = event!.data;
        this.queueIfReady(item);
        return 0;
      default:
        return -Errno.EINVAL;
    }
  }

  /** Number of registered interests (for tests and traces). */
  get interestCount(): number {
    let n = 0;
    for (const m of this.items.values()) n += m.size;
    return n;
  }

  private insert(fd: number, target: Description, event: EpollEvent): void {
    const item = new EpollItem(this, fd, target, event.events | Linux.EPOLLERR | Linux.EPOLLHUP, event.data);
    let byFd = this.items.get(target);
    if (!byFd) this.items.set(target, byFd = new Map());
    byFd.set(fd, item);
    target.watchQueue().watch(item);
    item.unhookRelease = target.onRelease(() => this.remove(item));
    this.queueIfReady(item);
  }

  private remove(item: EpollItem): void {
    item.target.watchQueue().unwatch(item);
    item.unhookRelease();
    const byFd = this.items.get(item.target);
    byFd?.delete(item.fd);
    if (byFd?.size === 0) this.items.delete(item.target);
    if (item.ready) {
      item.ready = false;
      this.readyList = this.readyList.filter((i) => i !== item);
    }
  }

  /** ep_insert / ep_modify: queue the item at once if its target is ready for it. */
  private queueIfReady(item: EpollItem): void {
    if ((item.target.pollEvents() & item.events) !== 0 && !item.ready) this.enqueue(item);
  }

  /** `ep_poll_callback`: a wake-up of an item's target with event mask `key` (0: any). */
  itemWoken(item: EpollItem, key: number): void {
    if ((item.events & ~EP_PRIVATE_BITS) === 0) return;
    if (key !== 0 && (key & item.events) === 0) return;
    if (!item.ready) this.enqueue(item);
    else this.wakeWaiters();
  }

  private enqueue(item: EpollItem): void {
    item.ready = true;
    this.readyList.push(item);
    this.wakeWaiters();
  }

  private wakeWaiters(): void {
    this.sleepers.wakeOne();
    this.pollWaiters.wake(Linux.POLLIN);
  }

  /**
   * `ep_send_events`: reports up to `maxevents` ready items into `put(index, event)` (which
   * returns false on a fault). Returns the count, or -EFAULT if the first store faulted.
   */
  collect(maxevents: number, put: (index: number, e: EpollEvent) => boolean): number {
    const tx = this.readyList;
    this.readyList = [];
    for (const item of tx) item.ready = false;
    const requeue: EpollItem[] = [];
    let res = 0;
    let i = 0;
    for (; i < tx.length && res < maxevents; i++) {
      const item = tx[i];
      const revents = item.target.pollEvents() & item.events;
      if (revents === 0) continue;
      if (!put(res, { events: revents, data: item.data })) {
        if (res === 0) res = -Errno.EFAULT;
        break;
      }
      res++;
      if (item.events & Linux.EPOLLONESHOT) item.events &= EP_PRIVATE_BITS;
      else if (!(item.events & Linux.EPOLLET)) requeue.push(item);
    }
    this.readyList = [...tx.slice(i), ...requeue];
    for (const item of this.readyList) item.ready = true;
    if (this.readyList.length > 0) this.sleepers.wakeOne();
    return res;
  }

  /**
   * epoll_wait after the argument checks: collects events, blocking on `sleepers` until some
   * arrive or `deadline` (absolute ns; undefined: forever; `immediate`: never block) passes.
   */
  wait(
    ctx: IoCtx,
    maxevents: number,
    put: (ctx: IoCtx, index: number, e: EpollEvent) => boolean,
    timing: { immediate: boolean; deadline?: number },
    reason: string,
    finish: Finish,
    timedOut = false,
  ): void {
    const n = this.collect(maxevents, (i, e) => put(ctx, i, e));
    if (n !== 0 || timing.immediate || timedOut) return finish(ctx, n);
    ctx.sched.block({
      reason,
      queues: [this.sleepers],
      deadline: timing.deadline,
      onWake: (c, cause) => this.wait(c, maxevents, put, timing, reason, finish, cause === "timeout"),
    });
  }

  /** `ep_free`: drops every interest. */
  protected releaseResources(_ctx: IoCtx): void {
    for (const byFd of [...this.items.values()]) for (const item of [...byFd.values()]) this.remove(item);
  }
}
