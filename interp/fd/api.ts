/**
 * Interfaces between the fd layer, the interpreter and the scheduler.
 *
 * The interpreter calls the fd layer's syscalls with an `IoCtx` (memory of the program, the
 * scheduler's blocking API, the calling thread) and a `Finish` callback. The fd layer calls
 * `finish` exactly once per operation, either before returning (the operation completed or failed
 * at once) or later from a wake-up callback (the operation blocked). The caller of a syscall writes
 * the return value and errno inside `finish`; it never inspects the fd layer's state.
 */

import type { Blocking, ThreadId } from "../sched/api.ts";

/** The program's memory as the fd layer sees it. Every method throws `UndefinedBehavior` on a bad access. */
export interface ProgramMemory {
  /** Copies `len` bytes starting at `addr` out of program memory. */
  read(addr: number, len: number): Uint8Array;
  /** Copies `data` into program memory at `addr`. */
  write(addr: number, data: Uint8Array): void;
}

/** The context an fd operation runs in: memory, scheduler and the calling thread. */
export interface IoCtx {
  readonly mem: ProgramMemory;
  readonly sched: Blocking<IoCtx>;
  readonly thread: ThreadId;
}

/**
 * Completion of an operation: a result `>= 0` (bytes transferred, a new fd, 0 for success) or a
 * negated Linux errno (`-EAGAIN`), the same convention as the raw kernel ABI.
 */
export type Finish = (ctx: IoCtx, result: number) => void;

/** What a description reports through `readiness()`; poll, epoll and wake-ups all use it. */
export interface Readiness {
  /**
   * POLLIN: data can be read without blocking. For sockets also true once the read side is shut
   * down (a read returns EOF). A pipe read end whose writers are gone and whose buffer is drained
   * is NOT readable (Linux reports only POLLHUP there); its read returns EOF because of `hup`.
   */
  readable: boolean;
  /** A write of at least one byte (PIPE_BUF for pipes) would not block. */
  writable: boolean;
  /** Hang-up: the other end is gone (POLLHUP). */
  hup: boolean;
  /** Peer closed its write side (POLLRDHUP / EPOLLRDHUP). */
  rdhup: boolean;
  /** Error condition (POLLERR), e.g. a pipe write end whose readers are all gone. */
  err: boolean;
}

/**
 * A reference-counted handle to a description. Every fd that refers to the description holds one
 * reference; so may a blocked operation's wake-up callback (so the description outlives a `close`
 * or `dup2` of the fd the operation started on). When the count reaches zero, `release` runs.
 */
export interface DescRef<D extends FileDescription = FileDescription> {
  readonly desc: D;
  /** Adds a reference and returns this handle. */
  retain(): DescRef<D>;
  /** Drops a reference; the last one calls `desc.release(ctx)`. */
  drop(ctx: IoCtx): void;
}

/**
 * An open file description (one per `pipe()` end, socket, eventfd, epoll instance, stdio stream).
 *
 * `read` and `write` receive the interpreter context and an owned handle to the description
 * itself, and complete through `finish`. A description that cannot complete an operation now
 * blocks the calling thread through `ctx.sched.block` with a callback that retries it.
 */
export interface FileDescription {
  /** Human-readable kind for traces and deadlock reports: "pipe read end", "eventfd", … */
  readonly kind: string;
  /** Status flags shared by every fd of this description (O_NONBLOCK, O_APPEND, access mode). */
  statusFlags: number;
  read(self: DescRef, ctx: IoCtx, buf: number, len: number, finish: Finish): void;
  write(self: DescRef, ctx: IoCtx, buf: number, len: number, finish: Finish): void;
  /** Readiness now; the single source of truth for poll, epoll and wake-ups. */
  readiness(): Readiness;
  /** Called once, when the last reference is dropped. */
  release(ctx: IoCtx): void;
}

/** Linux x86_64 errno values used by the fd layer. */
export const Errno = {
  EPERM: 1,
  ENOENT: 2,
  EINTR: 4,
  EIO: 5,
  EBADF: 9,
  EAGAIN: 11,
  ENOMEM: 12,
  EACCES: 13,
  EFAULT: 14,
  EBUSY: 16,
  EEXIST: 17,
  ENODEV: 19,
  ENOTDIR: 20,
  EINVAL: 22,
  EMFILE: 24,
  ENOTTY: 25,
  ESPIPE: 29,
  EPIPE: 32,
  ERANGE: 34,
  ENOSYS: 38,
  ELOOP: 40,
  ENOPKG: 65,
  ENOTSOCK: 88,
  EDESTADDRREQ: 89,
  EMSGSIZE: 90,
  EPROTOTYPE: 91,
  EPROTONOSUPPORT: 93,
  ESOCKTNOSUPPORT: 94,
  EOPNOTSUPP: 95,
  EAFNOSUPPORT: 97,
  ECONNRESET: 104,
  EISCONN: 106,
  ENOTCONN: 107,
  ETIMEDOUT: 110,
} as const;

/** Linux x86_64 flag and constant values used by the fd layer. */
export const Linux = {
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_ACCMODE: 3,
  /** O_EXCL, which pipe2() reads as O_NOTIFICATION_PIPE. */
  O_NOTIFICATION_PIPE: 0o200,
  O_APPEND: 0o2000,
  O_NONBLOCK: 0o4000,
  O_ASYNC: 0o20000,
  O_DIRECT: 0o40000,
  O_NOATIME: 0o1000000,
  O_CLOEXEC: 0o2000000,
  FD_CLOEXEC: 1,
  F_DUPFD: 0,
  F_GETFD: 1,
  F_SETFD: 2,
  F_GETFL: 3,
  F_SETFL: 4,
  F_DUPFD_CLOEXEC: 1030,
  F_SETPIPE_SZ: 1031,
  F_GETPIPE_SZ: 1032,
  FIONREAD: 0x541b,
  FIONBIO: 0x5421,
  FIONCLEX: 0x5450,
  FIOCLEX: 0x5451,
  /** Largest byte count one read/write transfers (INT_MAX rounded down to a page). */
  MAX_RW_COUNT: 0x7ffff000,
  /** End of the x86_64 user address space; `access_ok` fails for ranges reaching past it. */
  TASK_SIZE_MAX: 0x7ffffffff000,
  PIPE_BUF: 4096,
  PAGE_SIZE: 4096,
  /** Default pipe capacity (16 pages). */
  PIPE_DEFAULT_SIZE: 65536,
  /** /proc/sys/fs/pipe-max-size default. */
  PIPE_MAX_SIZE: 1048576,
  IOV_MAX: 1024,
  /** RLIMIT_NOFILE soft limit used by the emulation. */
  NOFILE: 1024,
  AF_UNIX: 1,
  SOCK_STREAM: 1,
  SOCK_DGRAM: 2,
  SOCK_SEQPACKET: 5,
  SOCK_NONBLOCK: 0o4000,
  SOCK_CLOEXEC: 0o2000000,
  SHUT_RD: 0,
  SHUT_WR: 1,
  SHUT_RDWR: 2,
  MSG_OOB: 1,
  MSG_PEEK: 2,
  MSG_DONTWAIT: 0x40,
  MSG_WAITALL: 0x100,
  MSG_NOSIGNAL: 0x4000,
  MSG_CMSG_CLOEXEC: 0x40000000,
  EFD_SEMAPHORE: 1,
  EFD_NONBLOCK: 0o4000,
  EFD_CLOEXEC: 0o2000000,
  POLLIN: 0x1,
  POLLPRI: 0x2,
  POLLOUT: 0x4,
  POLLERR: 0x8,
  POLLHUP: 0x10,
  POLLNVAL: 0x20,
  POLLRDNORM: 0x40,
  POLLRDBAND: 0x80,
  POLLWRNORM: 0x100,
  POLLWRBAND: 0x200,
  POLLRDHUP: 0x2000,
  EPOLL_CLOEXEC: 0o2000000,
  EPOLL_CTL_ADD: 1,
  EPOLL_CTL_DEL: 2,
  EPOLL_CTL_MOD: 3,
  EPOLLIN: 0x1,
  EPOLLPRI: 0x2,
  EPOLLOUT: 0x4,
  EPOLLERR: 0x8,
  EPOLLHUP: 0x10,
  EPOLLRDNORM: 0x40,
  EPOLLWRNORM: 0x100,
  EPOLLRDHUP: 0x2000,
  EPOLLEXCLUSIVE: 1 << 28,
  EPOLLWAKEUP: 1 << 29,
  EPOLLONESHOT: 1 << 30,
  EPOLLET: 1 << 31,
  /** INT_MAX / sizeof(struct epoll_event): the largest maxevents epoll_wait accepts. */
  EP_MAX_EVENTS: 178956970,
} as const;
