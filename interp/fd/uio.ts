/**
 * User buffers of one transfer: a single `(buf, len)` or an iovec array, with Linux's fault rules.
 *
 * The only bad pointer the fd layer itself detects is the null page: a segment at address 0 with a
 * nonzero length behaves like an unmapped range in the kernel (the copy stops there, the syscall
 * returns the bytes copied so far or EFAULT). Every other address goes to `ProgramMemory`, which
 * throws `UndefinedBehavior` for an invalid access.
 */

import { Errno, Linux, type ProgramMemory } from "./api.ts";

/** One contiguous range of program memory. */
export interface Segment {
  addr: number;
  len: number;
}

/** Linux `access_ok` on x86_64: the range lies below the end of the user address space. */
export function accessOk(addr: number, len: number): boolean {
  return addr >= 0 && len >= 0 && addr + len <= Linux.TASK_SIZE_MAX;
}

/** A cursor over the segments of one read or write; `take`/`put` advance it. */
export class UserBuffer {
  /** Total bytes the caller asked to transfer. */
  readonly total: number;
  private seg = 0;
  private off = 0;
  private moved = 0;

  constructor(private readonly mem: ProgramMemory, readonly segments: readonly Segment[]) {
    this.total = segments.reduce((n, s) => n + s.len, 0);
  }

  /** A buffer of one segment. */
  static single(mem: ProgramMemory, addr: number, len: number): UserBuffer {
    return new UserBuffer(mem, [{ addr, len }]);
  }

  /** Bytes consumed by `take`/`put` so far. */
  get transferred(): number {
    return this.moved;
  }

  /** Bytes not yet consumed. */
  get remaining(): number {
    return this.total - this.moved;
  }

  /** Copies up to `n` bytes out of program memory; a shorter result means it hit a fault. */
  take(n: number): Uint8Array {
    const want = Math.min(n, this.remaining);
    // The common case, one segment holding everything: a single copy.
    if (want > 0) {
      const s = this.segments[this.seg];
      if (s && s.addr !== 0 && s.len - this.off >= want) {
        const bytes = this.mem.read(s.addr + this.off, want);
        this.advance(want);
        return bytes;
      }
    }
    const out = new Uint8Array(want);
    let got = 0;
    while (got < out.length) {
      const s = this.segments[this.seg];
      const k = Math.min(s.len - this.off, out.length - got);
      if (k === 0) {
        this.nextSegment();
        continue;
      }
      if (s.addr === 0) return out.subarray(0, got);
      out.set(this.mem.read(s.addr + this.off, k), got);
      got += k;
      this.advance(k);
    }
    return out;
  }

  /** Copies `bytes` into program memory; returns how many were copied before a fault (if any). */
  put(bytes: Uint8Array): number {
    const n = Math.min(bytes.length, this.remaining);
    let done = 0;
    while (done < n) {
      const s = this.segments[this.seg];
      const k = Math.min(s.len - this.off, n - done);
      if (k === 0) {
        this.nextSegment();
        continue;
      }
      if (s.addr === 0) return done;
      this.mem.write(s.addr + this.off, bytes.subarray(done, done + k));
      done += k;
      this.advance(k);
    }
    return done;
  }

  private advance(k: number): void {
    this.off += k;
    this.moved += k;
    if (this.off === this.segments[this.seg].len) this.nextSegment();
  }

  private nextSegment(): void {
    this.seg++;
    this.off = 0;
  }
}

const SSIZE_MAX = (1n << 63n) - 1n;

/**
 * Reads `iovcnt` `struct iovec { void *base; size_t len }` (16 bytes each, little-endian) at
 * `iovAddr`, applying Linux's `import_iovec` rules: EINVAL for a count outside 0..IOV_MAX or a
 * length above SSIZE_MAX, EFAULT for a bad array or segment, segments truncated so the total stays
 * within MAX_RW_COUNT. Returns the segments or a negated errno.
 */
export function readIovecs(mem: ProgramMemory, iovAddr: number, iovcnt: number): Segment[] | number {
  if (iovcnt < 0 || iovcnt > Linux.IOV_MAX) return -Errno.EINVAL;
  if (iovcnt === 0) return [];
  if (iovAddr === 0 || !accessOk(iovAddr, iovcnt * 16)) return -Errno.EFAULT;
  const raw = mem.read(iovAddr, iovcnt * 16);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const segs: Segment[] = [];
  for (let i = 0; i < iovcnt; i++) {
    if (view.getBigUint64(i * 16 + 8, true) > SSIZE_MAX) return -Errno.EINVAL;
  }
  let total = 0;
  for (let i = 0; i < iovcnt; i++) {
    const addr = Number(view.getBigUint64(i * 16, true));
    let len = Number(view.getBigUint64(i * 16 + 8, true));
    if (len > Linux.MAX_RW_COUNT - total) len = Linux.MAX_RW_COUNT - total;
    if (!accessOk(addr, len)) return -Errno.EFAULT;
    total += len;
    segs.push({ addr, len });
  }
  return segs;
}
