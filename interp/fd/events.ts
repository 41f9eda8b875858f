/**
 * Wake-up queues of descriptions, modelled on a Linux `wait_queue_head`: one object holds both the
 * threads sleeping in read/write (a scheduler `WaitQueue`) and the poll/epoll watchers, and a
 * wake-up carries a key (the poll bits of the event, 0 for "anything") that watchers filter on.
 */

import { WaitQueue } from "../sched/api.ts";

/** A party interested in a description's readiness changes: a blocked poll or an epoll interest. */
export interface Watcher {
  /** Called on every wake-up of the queue the watcher is on; `key` is the event mask (0: any). */
  notify(key: number): void;
}

/** Threads blocked on one side of a description, plus the poll/epoll watchers of that side. */
export class EventQueue {
  /** Threads blocked in an operation that this queue's wake-ups may let progress. */
  readonly threads: WaitQueue;
  private readonly watchers = new Set<Watcher>();

  constructor(label: string) {
    this.threads = new WaitQueue(label);
  }

  /** Starts delivering wake-ups to `w`. */
  watch(w: Watcher): void {
    this.watchers.add(w);
  }

  /** Stops delivering wake-ups to `w`. */
  unwatch(w: Watcher): void {
    this.watchers.delete(w);
  }

  /** Number of poll/epoll watchers (for tests). */
  get watcherCount(): number {
    return this.watchers.size;
  }

  /** Wakes every blocked thread and notifies every watcher with the event mask `key` (0: any). */
  wake(key: number): void {
    this.threads.wakeAll();
    for (const w of [...this.watchers]) w.notify(key);
  }
}
