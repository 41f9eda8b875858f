/**
 * The process's fd table: fd numbers to description references plus the per-fd FD_CLOEXEC flag.
 * New fds take the lowest free number at or above a minimum (POSIX), below `Linux.NOFILE`.
 */

import { Errno, type IoCtx, Linux } from "./api.ts";
import type { Description } from "./desc.ts";
import type { DescHandle } from "./ref.ts";

/** One open fd: the reference it holds and its close-on-exec flag. */
export interface FdEntry {
  ref: DescHandle<Description>;
  cloexec: boolean;
}

/** The fd table; every entry owns one reference to its description. */
export class FdTable {
  private readonly entries: (FdEntry | undefined)[] = [];

  constructor(readonly limit: number = Linux.NOFILE) {}

  /** The entry of `fd`, if open. */
  get(fd: number): FdEntry | undefined {
    if (!Number.isInteger(fd) || fd < 0 || fd >= this.limit) return undefined;
    return this.entries[fd];
  }

  /** The lowest free fd at or above `min`, or -EMFILE. */
  lowestFree(min = 0): number {
    for (let fd = Math.max(0, min); fd < this.limit; fd++) if (!this.entries[fd]) return fd;
    return -Errno.EMFILE;
  }

  /** Number of free fds (to allocate several at once or none). */
  freeCount(): number {
    let n = 0;
    for (let fd = 0; fd < this.limit; fd++) if (!this.entries[fd]) n++;
    return n;
  }

  /** Installs `ref` (whose reference the table takes over) at the lowest free fd >= `min`. */
  install(ref: DescHandle<Description>, cloexec: boolean, min = 0): number {
    const fd = this.lowestFree(min);
    if (fd >= 0) this.entries[fd] = { ref, cloexec };
    return fd;
  }

  /** Puts `ref` at `fd` (which must be in range) and returns the entry it replaced, if any. */
  replace(fd: number, ref: DescHandle<Description>, cloexec: boolean): FdEntry | undefined {
    const old = this.entries[fd];
    this.entries[fd] = { ref, cloexec };
    return old;
  }

  /** Removes `fd` and returns its entry; the caller drops the reference. */
  remove(fd: number): FdEntry | undefined {
    const e = this.get(fd);
    if (e) this.entries[fd] = undefined;
    return e;
  }

  /** Closes `fd`: removes it and drops its reference. Returns 0 or -EBADF. */
  close(ctx: IoCtx, fd: number): number {
    const e = this.remove(fd);
    if (!e) return -Errno.EBADF;
    e.ref.drop(ctx);
    return 0;
  }

  /** The open fd numbers, ascending. */
  openFds(): number[] {
    const out: number[] = [];
    this.entries.forEach((e, fd) => e && out.push(fd));
    return out;
  }
}
