/**
 * The common base of every description type: the `FileDescription` contract from api.ts plus the
 * hooks the syscall layer, poll and epoll use (vectored transfers, poll mask, watch queue, release
 * hooks, ioctl). A new description type extends `Description` and implements the abstract members.
 */

import { Errno, type Finish, type IoCtx, Linux, type Readiness } from "./api.ts";
import type { DescRef, FileDescription } from "./api.ts";
import type { EventQueue } from "./events.ts";
import { UserBuffer } from "./uio.ts";

/** One read or write as a description sees it. */
export interface IoRequest {
  /** The user buffers (a single buffer or an iovec array). */
  buf: UserBuffer;
  /** MSG_* flags for recv/send; 0 for read/write. */
  flags: number;
  /** Deadlock-report text if the operation blocks, e.g. `read(fd 3: pipe read end, 5 bytes)`. */
  reason: string;
}

/**
 * How the kernel hands an iovec to a file: `"iter"` passes the whole vector to one transfer
 * (`read_iter`/`write_iter`); `"segments"` calls the transfer once per segment and stops at the
 * first short or failed one (plain `read`/`write` file operations, e.g. eventfd's write).
 */
export type VectorMode = "iter" | "segments";

/** Which Linux file operations a description type has; the syscall layer checks these. */
export interface FileOps {
  /** Has a read operation (else read gives EINVAL, as for epoll). */
  read: boolean;
  /** Has a write operation (else write gives EINVAL). */
  write: boolean;
  readVector: VectorMode;
  writeVector: VectorMode;
  /** F_SETFL may set O_DIRECT (only pipes on Linux; EINVAL elsewhere). */
  direct: boolean;
  /** Has a fasync operation, so F_SETFL keeps O_ASYNC (pipes, sockets); others drop the bit. */
  async: boolean;
}

/** Poll bits one description type reports for `readable` and `writable`. */
export interface PollBits {
  readable: number;
  writable: number;
}

/** Pipe-style poll bits: POLLIN|POLLRDNORM and POLLOUT|POLLWRNORM. */
export const PIPE_POLL_BITS: PollBits = {
  readable: Linux.POLLIN | Linux.POLLRDNORM,
  writable: Linux.POLLOUT | Linux.POLLWRNORM,
};

/** Encodes a readiness as a Linux poll mask with the type's bits for readable/writable. */
export function pollMask(r: Readiness, bits: PollBits): number {
  let m = 0;
  if (r.readable) m |= bits.readable;
  if (r.writable) m |= bits.writable;
  if (r.err) m |= Linux.POLLERR;
  if (r.hup) m |= Linux.POLLHUP;
  if (r.rdhup) m |= Linux.POLLRDHUP;
  return m;
}

/** Base class of all descriptions; see the module comment. */
export abstract class Description implements FileDescription {
  abstract readonly kind: string;
  /** Which file operations exist for this type. */
  abstract readonly ops: FileOps;
  /** Poll bits this type reports (pipe style unless overridden). */
  protected readonly pollBits: PollBits = PIPE_POLL_BITS;
  private readonly releaseHooks = new Set<() => void>();
  private released = false;

  constructor(public statusFlags: number) {}

  /** The access mode (O_RDONLY, O_WRONLY or O_RDWR) of the description. */
  get accessMode(): number {
    return this.statusFlags & Linux.O_ACCMODE;
  }

  /** True if opened for reading (else read gives EBADF). */
  get readableMode(): boolean {
    return this.accessMode !== Linux.O_WRONLY;
  }

  /** True if opened for writing (else write gives EBADF). */
  get writableMode(): boolean {
    return this.accessMode !== Linux.O_RDONLY;
  }

  /** True when O_NONBLOCK is set on the description (shared by every fd of it). */
  get nonBlocking(): boolean {
    return (this.statusFlags & Linux.O_NONBLOCK) !== 0;
  }

  /** True once the last reference was dropped. */
  get isReleased(): boolean {
    return this.released;
  }

  /** Reads into `req.buf`; completes through `finish` now or after blocking. */
  abstract readv(ctx: IoCtx, req: IoRequest, finish: Finish): void;
  /** Writes from `req.buf`; completes through `finish` now or after blocking. */
  abstract writev(ctx: IoCtx, req: IoRequest, finish: Finish): void;
  /** Readiness now; the single source of truth for transfers, poll, epoll and wake-ups. */
  abstract readiness(): Readiness;
  /** The queue whose wake-ups poll and epoll watchers of this description receive. */
  abstract watchQueue(): EventQueue;
  /** Frees type-specific state when the last reference goes (after the release hooks ran). */
  protected abstract releaseResources(ctx: IoCtx): void;

  /** The Linux poll mask now (what `f_op->poll` returns); the poll and epoll entry point. */
  pollEvents(): number {
    return pollMask(this.readiness(), this.pollBits);
  }

  /** ioctl requests specific to this type (FIONBIO/FIOCLEX/FIONCLEX are handled by the fd layer). */
  ioctl(_ctx: IoCtx, _request: number, _argp: number): number {
    return -Errno.ENOTTY;
  }

  /** Runs `hook` when the description is released (epoll drops its interests there). */
  onRelease(hook: () => void): () => void {
    this.releaseHooks.add(hook);
    return () => this.releaseHooks.delete(hook);
  }

  /** `FileDescription.read`: a single-buffer read (the fd layer calls `readv` directly). */
  read(_self: DescRef, ctx: IoCtx, buf: number, len: number, finish: Finish): void {
    if (!this.readableMode) return finish(ctx, -Errno.EBADF);
    const req = { buf: UserBuffer.single(ctx.mem, buf, len), flags: 0, reason: `read(${this.kind}, ${len} bytes)` };
    this.readv(ctx, req, finish);
  }

  /** `FileDescription.write`: a single-buffer write (the fd layer calls `writev` directly). */
  write(_self: DescRef, ctx: IoCtx, buf: number, len: number, finish: Finish): void {
    if (!this.writableMode) return finish(ctx, -Errno.EBADF);
    const req = { buf: UserBuffer.single(ctx.mem, buf, len), flags: 0, reason: `write(${this.kind}, ${len} bytes)` };
    this.writev(ctx, req, finish);
  }

  /** Called once by the last `DescRef.drop`: runs the release hooks, then frees the state. */
  release(ctx: IoCtx): void {
    if (this.released) return;
    this.released = true;
    for (const hook of [...this.releaseHooks]) hook();
    this.releaseHooks.clear();
    this.releaseResources(ctx);
  }
}
