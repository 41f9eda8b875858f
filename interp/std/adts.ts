/**
 * Definitions of the std types the interpreter models as ordinary ADTs.
 *
 * MIR projects into some std types' fields (Box, NonNull, MaybeUninit, Range) and constructs
 * others directly (Option, Result, Range); programs observe sizes and niches
 * (`size_of::<Option<Box<T>>>()`). Types whose internals only shims touch (Vec, String, Arc,
 * Mutex, io::Error, fmt::Arguments…) get a layout chosen here with the same size and niches as
 * real std where that is observable. Field types use Rust type syntax resolved against these
 * definitions and the listed generic parameters.
 */

/** One std type definition. */
export interface StdAdtSpec {
  /** Canonical path, e.g. `std::ops::Range`. */
  path: string;
  /** Other paths rustc may print for it (the `core::`/`alloc::` ones are derived automatically). */
  aliases?: string[];
  params?: string[];
  /** Default arguments for trailing params, as type text (`Global`). */
  defaults?: Record<string, string>;
  kind: "struct" | "enum" | "union";
  /** Struct or union fields: `a: T, b: U`, or tuple fields `T, U`. Empty for unit structs. */
  fields?: string;
  /** Enum variants: `None, Some(T)`, `Less = -1, Equal = 0, Greater = 1`, `V { a: T }`. */
  variants?: string;
  repr?: { c?: boolean; int?: "i8" | "u8" | "i32" | "u32" | "isize"; transparent?: boolean };
  /** Valid range of the single scalar field (a niche), e.g. NonNull's `1..=usize::MAX`. */
  validRange?: [bigint, bigint];
}

const USIZE_MAX = (1n << 64n) - 1n;

/** The modelled std types. */
export const STD_ADTS: StdAdtSpec[] = [
  // --- core enums --------------------------------------------------------------------------------
  { path: "std::option::Option", params: ["T"], kind: "enum", variants: "None, Some(T)" },
  { path: "std::result::Result", params: ["T", "E"], kind: "enum", variants: "Ok(T), Err(E)" },
  { path: "std::cmp::Ordering", kind: "enum", variants: "Less = -1, Equal = 0, Greater = 1", repr: { int: "i8" } },
  { path: "std::sync::atomic::Ordering", kind: "enum", variants: "Relaxed, Release, Acquire, AcqRel, SeqCst" },
  { path: "std::convert::Infallible", kind: "enum", variants: "" },
  {
    path: "std::ffi::c_void",
    aliases: ["core::ffi::c_void", "libc::c_void"],
    kind: "enum",
    variants: "__variant1, __variant2",
    repr: { int: "u8" },
  },
  { path: "core::panicking::AssertKind", kind: "enum", variants: "Eq, Ne, Match" },
  { path: "std::fmt::Alignment", kind: "enum", variants: "Left, Right, Center" },
  {
    path: "std::ops::ControlFlow",
    params: ["B", "C"],
    defaults: { C: "()" },
    kind: "enum",
    variants: "Continue(C), Break(B)",
  },
  {
    path: "std::io::ErrorKind",
    kind: "enum",
    variants: "NotFound, PermissionDenied, ConnectionRefused, ConnectionReset, HostUnreachable, NetworkUnreachable, " +
      "ConnectionAborted, NotConnected, AddrInUse, AddrNotAvailable, NetworkDown, BrokenPipe, AlreadyExists, " +
      "WouldBlock, NotADirectory, IsADirectory, DirectoryNotEmpty, ReadOnlyFilesystem, FilesystemLoop, " +
      "StaleNetworkFileHandle, InvalidInput, InvalidData, TimedOut, WriteZero, StorageFull, NotSeekable, " +
      "QuotaExceeded, FileTooLarge, ResourceBusy, ExecutableFileBusy, Deadlock, CrossesDevices, TooManyLinks, " +
      "InvalidFilename, ArgumentListTooLong, Interrupted, Unsupported, UnexpectedEof, OutOfMemory, InProgress, " +
      "Other, Uncategorized",
  },
  { path: "std::sync::mpsc::TryRecvError", kind: "enum", variants: "Empty, Disconnected" },
  { path: "std::sync::mpsc::RecvTimeoutError", kind: "enum", variants: "Timeout, Disconnected" },
  { path: "std::sync::mpsc::TrySendError", params: ["T"], kind: "enum", variants: "Full(T), Disconnected(T)" },
  { path: "std::sync::mpsc::RecvError", kind: "struct", fields: "" },
  { path: "std::sync::mpsc::SendError", params: ["T"], kind: "struct", fields: "T" },
  { path: "std::sync::TryLockError", params: ["T"], kind: "enum", variants: "Poisoned(PoisonError<T>), WouldBlock" },
  { path: "std::sync::PoisonError", params: ["T"], kind: "struct", fields: "data: T" },

  // --- parse and conversion errors ---------------------------------------------------------------
  { path: "std::num::IntErrorKind", kind: "enum", variants: "Empty, InvalidDigit, PosOverflow, NegOverflow, Zero" },
  { path: "std::num::ParseIntError", kind: "struct", fields: "kind: IntErrorKind" },
  { path: "std::num::FloatErrorKind", kind: "enum", variants: "Empty, Invalid" },
  { path: "std::num::ParseFloatError", kind: "struct", fields: "kind: FloatErrorKind" },
  { path: "std::num::TryFromIntError", kind: "struct", fields: "()" },
  { path: "std::char::TryFromCharError", kind: "struct", fields: "()" },
  { path: "std::char::ParseCharError", kind: "struct", fields: "kind: u8" },
  { path: "std::str::ParseBoolError", kind: "struct", fields: "" },
  { path: "std::str::Utf8Error", kind: "struct", fields: "valid_up_to: usize, error_len: Option<u8>" },
  { path: "std::string::FromUtf8Error", kind: "struct", fields: "bytes: Vec<u8>, error: Utf8Error" },
  { path: "std::borrow::Cow", params: ["B"], kind: "enum", variants: "Borrowed(&B), Owned(String)" },

  // --- ranges --------------------------------------------------------------------------------------
  { path: "std::ops::Range", params: ["Idx"], kind: "struct", fields: "start: Idx, end: Idx" },
  {
    path: "std::ops::RangeInclusive",
    params: ["Idx"],
    kind: "struct",
    fields: "start: Idx, end: Idx, exhausted: bool",
  },
  { path: "std::ops::RangeFrom", params: ["Idx"], kind: "struct", fields: "start: Idx" },
  { path: "std::ops::RangeTo", params: ["Idx"], kind: "struct", fields: "end: Idx" },
  { path: "std::ops::RangeToInclusive", params: ["Idx"], kind: "struct", fields: "end: Idx" },
  { path: "std::ops::RangeFull", kind: "struct", fields: "" },

  // --- pointers and wrappers --------------------------------------------------------------------
  { path: "std::marker::PhantomData", params: ["T"], kind: "struct", fields: "" },
  { path: "std::marker::PhantomPinned", kind: "struct", fields: "" },
  { path: "std::alloc::Global", kind: "struct", fields: "" },
  {
    path: "std::ptr::NonNull",
    params: ["T"],
    kind: "struct",
    fields: "pointer: *const T",
    validRange: [1n, USIZE_MAX],
  },
  { path: "std::ptr::Unique", params: ["T"], kind: "struct", fields: "pointer: NonNull<T>, _marker: PhantomData<T>" },
  { path: "std::boxed::Box", params: ["T", "A"], defaults: { A: "Global" }, kind: "struct", fields: "Unique<T>, A" },
  { path: "std::mem::ManuallyDrop", params: ["T"], kind: "struct", fields: "value: MaybeDangling<T>" },
  { path: "std::mem::MaybeDangling", params: ["T"], kind: "struct", fields: "T" },
  { path: "std::mem::MaybeUninit", params: ["T"], kind: "union", fields: "uninit: (), value: ManuallyDrop<T>" },
  { path: "std::cell::UnsafeCell", params: ["T"], kind: "struct", fields: "value: T" },
  { path: "std::cell::Cell", params: ["T"], kind: "struct", fields: "value: UnsafeCell<T>" },
  { path: "std::cell::RefCell", params: ["T"], kind: "struct", fields: "borrow: Cell<isize>, value: UnsafeCell<T>" },
  { path: "std::cell::Ref", params: ["T"], kind: "struct", fields: "value: NonNull<T>, borrow: &Cell<isize>" },
  { path: "std::cell::RefMut", params: ["T"], kind: "struct", fields: "value: NonNull<T>, borrow: &Cell<isize>" },
  { path: "std::num::Wrapping", params: ["T"], kind: "struct", fields: "T" },
  { path: "std::num::NonZero", params: ["T"], kind: "struct", fields: "T", validRange: [1n, USIZE_MAX] },
  { path: "std::pin::Pin", params: ["Ptr"], kind: "struct", fields: "pointer: Ptr" },

  // --- heap collections (layouts chosen here, used only by shims) -----------------------------------
  {
    path: "std::vec::Vec",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "ptr: NonNull<T>, cap: usize, len: usize, alloc: A",
  },
  { path: "std::string::String", kind: "struct", fields: "vec: Vec<u8>" },
  {
    path: "std::sync::Arc",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "ptr: NonNull<ArcInner<T>>, alloc: A",
  },
  {
    path: "std::sync::ArcInner",
    params: ["T"],
    kind: "struct",
    fields: "strong: usize, weak: usize, data: T",
    repr: { c: true },
  },
  {
    path: "std::sync::Weak",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "ptr: NonNull<ArcInner<T>>, alloc: A",
  },
  {
    path: "std::rc::Rc",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "ptr: NonNull<RcInner<T>>, alloc: A",
  },
  {
    path: "std::rc::RcInner",
    params: ["T"],
    kind: "struct",
    fields: "strong: usize, weak: usize, value: T",
    repr: { c: true },
  },
  {
    path: "std::collections::VecDeque",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "head: usize, len: usize, ptr: NonNull<T>, cap: usize, alloc: A",
  },

  // --- sync -------------------------------------------------------------------------------------------
  {
    path: "std::sync::Mutex",
    params: ["T"],
    kind: "struct",
    fields: "state: u32, poison: bool, data: UnsafeCell<T>",
    repr: { c: true },
  },
  { path: "std::sync::MutexGuard", params: ["T"], kind: "struct", fields: "lock: &Mutex<T>, poison: bool" },
  {
    path: "std::sync::RwLock",
    params: ["T"],
    kind: "struct",
    fields: "state: u32, writer_notify: u32, poison: bool, data: UnsafeCell<T>",
    repr: { c: true },
  },
  {
    path: "std::sync::RwLockReadGuard",
    params: ["T"],
    kind: "struct",
    fields: "data: NonNull<T>, inner_lock: &RwLock<T>",
  },
  { path: "std::sync::RwLockWriteGuard", params: ["T"], kind: "struct", fields: "lock: &RwLock<T>, poison: bool" },
  { path: "std::sync::Condvar", kind: "struct", fields: "id: u32" },
  { path: "std::sync::Barrier", kind: "struct", fields: "id: usize, n: usize" },
  { path: "std::sync::BarrierWaitResult", kind: "struct", fields: "bool" },
  { path: "std::sync::WaitTimeoutResult", kind: "struct", fields: "bool" },
  { path: "std::sync::atomic::AtomicBool", kind: "struct", fields: "v: UnsafeCell<u8>" },
  { path: "std::sync::atomic::AtomicU8", kind: "struct", fields: "v: UnsafeCell<u8>" },
  { path: "std::sync::atomic::AtomicI8", kind: "struct", fields: "v: UnsafeCell<i8>" },
  { path: "std::sync::atomic::AtomicU16", kind: "struct", fields: "v: UnsafeCell<u16>" },
  { path: "std::sync::atomic::AtomicI16", kind: "struct", fields: "v: UnsafeCell<i16>" },
  { path: "std::sync::atomic::AtomicU32", kind: "struct", fields: "v: UnsafeCell<u32>" },
  { path: "std::sync::atomic::AtomicI32", kind: "struct", fields: "v: UnsafeCell<i32>" },
  { path: "std::sync::atomic::AtomicU64", kind: "struct", fields: "v: UnsafeCell<u64>" },
  { path: "std::sync::atomic::AtomicI64", kind: "struct", fields: "v: UnsafeCell<i64>" },
  { path: "std::sync::atomic::AtomicUsize", kind: "struct", fields: "v: UnsafeCell<usize>" },
  { path: "std::sync::atomic::AtomicIsize", kind: "struct", fields: "v: UnsafeCell<isize>" },
  { path: "std::sync::atomic::AtomicPtr", params: ["T"], kind: "struct", fields: "p: UnsafeCell<*mut T>" },
  {
    path: "std::sync::mpsc::Sender",
    params: ["T"],
    kind: "struct",
    fields: "chan: NonNull<u8>, _marker: PhantomData<T>",
  },
  {
    path: "std::sync::mpsc::SyncSender",
    params: ["T"],
    kind: "struct",
    fields: "chan: NonNull<u8>, _marker: PhantomData<T>",
  },
  {
    path: "std::sync::mpsc::Receiver",
    params: ["T"],
    kind: "struct",
    fields: "chan: NonNull<u8>, _marker: PhantomData<T>",
  },
  { path: "std::sync::mpsc::Iter", params: ["T"], kind: "struct", fields: "rx: &Receiver<T>" },
  { path: "std::sync::mpsc::TryIter", params: ["T"], kind: "struct", fields: "rx: &Receiver<T>" },
  { path: "std::sync::mpsc::IntoIter", params: ["T"], kind: "struct", fields: "rx: Receiver<T>" },
  {
    path: "std::sync::OnceLock",
    params: ["T"],
    kind: "struct",
    fields: "state: u32, value: UnsafeCell<MaybeUninit<T>>",
  },

  // --- threads and time -----------------------------------------------------------------------------
  {
    path: "std::thread::JoinHandle",
    params: ["T"],
    kind: "struct",
    fields: "native: usize, thread: usize, packet: NonNull<u8>, _marker: PhantomData<T>",
  },
  {
    path: "std::thread::ScopedJoinHandle",
    params: ["T"],
    kind: "struct",
    fields: "native: usize, thread: usize, packet: NonNull<u8>, _marker: PhantomData<T>",
  },
  { path: "std::thread::Thread", kind: "struct", fields: "inner: NonNull<u8>" },
  { path: "std::thread::ThreadId", kind: "struct", fields: "NonZero<u64>" },
  { path: "std::thread::Builder", kind: "struct", fields: "name: Option<String>, stack_size: Option<usize>" },
  { path: "std::thread::Scope", kind: "struct", fields: "id: usize" },
  { path: "std::time::Duration", kind: "struct", fields: "secs: u64, nanos: Nanoseconds" },
  { path: "core::time::Nanoseconds", kind: "struct", fields: "u32", validRange: [0n, 999_999_999n] },
  { path: "std::time::Instant", kind: "struct", fields: "secs: i64, nanos: Nanoseconds" },

  // --- fmt and panics ---------------------------------------------------------------------------------
  {
    path: "std::fmt::Arguments",
    kind: "struct",
    fields: "template: *const u8, template_len: usize, args: *const Argument, nargs: usize",
  },
  { path: "core::fmt::rt::Argument", kind: "struct", fields: "value: NonNull<u8>, formatter: usize" },
  { path: "std::fmt::Formatter", kind: "struct", fields: "handle: usize" },
  { path: "std::fmt::Error", kind: "struct", fields: "" },
  { path: "std::fmt::DebugStruct", kind: "struct", fields: "handle: usize" },
  { path: "std::fmt::DebugTuple", kind: "struct", fields: "handle: usize" },
  { path: "std::fmt::DebugList", kind: "struct", fields: "handle: usize" },
  { path: "std::fmt::DebugSet", kind: "struct", fields: "handle: usize" },
  { path: "std::fmt::DebugMap", kind: "struct", fields: "handle: usize" },
  { path: "std::panic::Location", kind: "struct", fields: "file: &str, line: u32, col: u32" },

  // --- io and fds ---------------------------------------------------------------------------------------
  { path: "std::io::Error", kind: "struct", fields: "repr: NonNull<u8>" },
  { path: "std::net::Shutdown", kind: "enum", variants: "Read, Write, Both" },
  {
    path: "std::os::fd::OwnedFd",
    aliases: ["std::os::fd::owned::OwnedFd", "std::os::unix::io::OwnedFd"],
    kind: "struct",
    fields: "fd: ValidRawFd",
  },
  { path: "std::os::fd::ValidRawFd", kind: "struct", fields: "i32", validRange: [0n, 0xffff_fffen] },
  { path: "std::os::fd::BorrowedFd", kind: "struct", fields: "fd: ValidRawFd" },
  { path: "std::fs::File", kind: "struct", fields: "inner: OwnedFd" },
  { path: "std::io::PipeReader", aliases: ["std::io::pipe::PipeReader"], kind: "struct", fields: "OwnedFd" },
  { path: "std::io::PipeWriter", aliases: ["std::io::pipe::PipeWriter"], kind: "struct", fields: "OwnedFd" },
  { path: "std::os::unix::net::UnixStream", kind: "struct", fields: "OwnedFd" },
  { path: "std::os::unix::net::UnixDatagram", kind: "struct", fields: "OwnedFd" },
  { path: "std::io::Stdin", kind: "struct", fields: "id: usize" },
  { path: "std::io::Stdout", kind: "struct", fields: "id: usize" },
  { path: "std::io::Stderr", kind: "struct", fields: "id: usize" },
  { path: "std::io::StdinLock", kind: "struct", fields: "id: usize" },
  { path: "std::io::StdoutLock", kind: "struct", fields: "id: usize" },
  { path: "std::io::StderrLock", kind: "struct", fields: "id: usize" },
  { path: "std::io::IoSlice", kind: "struct", fields: "base: *const u8, len: usize", repr: { c: true } },
  { path: "std::io::IoSliceMut", kind: "struct", fields: "base: *mut u8, len: usize", repr: { c: true } },
  { path: "std::io::Bytes", params: ["R"], kind: "struct", fields: "inner: R" },
  { path: "std::io::Lines", params: ["B"], kind: "struct", fields: "buf: B" },
  {
    path: "std::io::BufReader",
    params: ["R"],
    kind: "struct",
    fields: "buf: NonNull<u8>, cap: usize, pos: usize, filled: usize, inner: R",
  },
  { path: "std::io::Cursor", params: ["T"], kind: "struct", fields: "inner: T, pos: u64" },
  { path: "std::process::ExitCode", kind: "struct", fields: "u8" },

  // --- iterators ------------------------------------------------------------------------------------------
  { path: "std::slice::Iter", params: ["T"], kind: "struct", fields: "ptr: NonNull<T>, end: *const T" },
  { path: "std::slice::IterMut", params: ["T"], kind: "struct", fields: "ptr: NonNull<T>, end: *mut T" },
  { path: "std::slice::Windows", params: ["T"], kind: "struct", fields: "v: &[T], size: usize" },
  { path: "std::slice::Chunks", params: ["T"], kind: "struct", fields: "v: &[T], chunk_size: usize" },
  { path: "std::slice::ChunksMut", params: ["T"], kind: "struct", fields: "v: &mut [T], chunk_size: usize" },
  { path: "std::slice::ChunksExact", params: ["T"], kind: "struct", fields: "v: &[T], rem: &[T], chunk_size: usize" },
  { path: "std::str::Chars", kind: "struct", fields: "iter: std::slice::Iter<u8>" },
  { path: "std::str::CharIndices", kind: "struct", fields: "front_offset: usize, iter: Chars" },
  { path: "std::str::Bytes", kind: "struct", fields: "Copied<std::slice::Iter<u8>>" },
  { path: "std::str::Lines", kind: "struct", fields: "rest: &str" },
  { path: "std::str::SplitWhitespace", kind: "struct", fields: "rest: &str" },
  { path: "std::str::Split", params: ["P"], kind: "struct", fields: "rest: &str, pat: P, done: bool" },
  {
    path: "std::vec::IntoIter",
    params: ["T", "A"],
    defaults: { A: "Global" },
    kind: "struct",
    fields: "buf: NonNull<T>, cap: usize, ptr: NonNull<T>, end: *const T, alloc: A",
  },
  {
    path: "std::array::IntoIter",
    params: ["T", "N"],
    kind: "struct",
    fields: "buf: NonNull<T>, start: usize, end: usize, _marker: PhantomData<T>",
  },
  {
    path: "std::vec::Drain",
    params: ["T"],
    kind: "struct",
    // The interpreter's own model: the drained range is [from, tail); items [start, end) are still
    // to be yielded; the vector's length is `from` until the Drain is dropped (as std does), `len`
    // is its length before.
    fields: "vec: NonNull<Vec<T>>, from: usize, start: usize, end: usize, tail: usize, len: usize",
  },
  { path: "std::iter::Enumerate", params: ["I"], kind: "struct", fields: "iter: I, count: usize" },
  { path: "std::iter::Rev", params: ["T"], kind: "struct", fields: "iter: T" },
  { path: "std::iter::Skip", params: ["I"], kind: "struct", fields: "iter: I, n: usize" },
  { path: "std::iter::Take", params: ["I"], kind: "struct", fields: "iter: I, n: usize" },
  {
    path: "std::iter::StepBy",
    params: ["I"],
    kind: "struct",
    fields: "iter: I, step_minus_one: usize, first_take: bool",
  },
  { path: "std::iter::Map", params: ["I", "F"], kind: "struct", fields: "iter: I, f: F" },
  { path: "std::iter::Filter", params: ["I", "P"], kind: "struct", fields: "iter: I, predicate: P" },
  { path: "std::iter::FilterMap", params: ["I", "F"], kind: "struct", fields: "iter: I, f: F" },
  { path: "std::iter::TakeWhile", params: ["I", "P"], kind: "struct", fields: "iter: I, flag: bool, predicate: P" },
  { path: "std::iter::SkipWhile", params: ["I", "P"], kind: "struct", fields: "iter: I, flag: bool, predicate: P" },
  { path: "std::iter::Inspect", params: ["I", "F"], kind: "struct", fields: "iter: I, f: F" },
  { path: "std::iter::Zip", params: ["A", "B"], kind: "struct", fields: "a: A, b: B" },
  { path: "std::iter::Chain", params: ["A", "B"], kind: "struct", fields: "a: Option<A>, b: Option<B>" },
  { path: "std::iter::Cloned", params: ["I"], kind: "struct", fields: "it: I" },
  { path: "std::iter::Copied", params: ["I"], kind: "struct", fields: "it: I" },
  { path: "std::iter::Repeat", params: ["A"], kind: "struct", fields: "element: A" },
  { path: "std::iter::Once", params: ["T"], kind: "struct", fields: "inner: Option<T>" },
  { path: "std::iter::Empty", params: ["T"], kind: "struct", fields: "" },
  { path: "std::iter::Cycle", params: ["I"], kind: "struct", fields: "orig: I, iter: I" },
  { path: "std::env::Args", kind: "struct", fields: "pos: usize, end: usize" },
];

/** Std type aliases by path: target type text. */
export const STD_ALIASES: Record<string, string> = {
  "std::os::raw::c_int": "i32",
  "std::os::raw::c_uint": "u32",
  "std::os::raw::c_short": "i16",
  "std::os::raw::c_ushort": "u16",
  "std::os::raw::c_long": "i64",
  "std::os::raw::c_ulong": "u64",
  "std::os::raw::c_longlong": "i64",
  "std::os::raw::c_ulonglong": "u64",
  "std::os::raw::c_char": "i8",
  "std::os::raw::c_schar": "i8",
  "std::os::raw::c_uchar": "u8",
  "std::os::raw::c_void": "c_void",
  "std::ffi::c_int": "i32",
  "std::ffi::c_uint": "u32",
  "std::ffi::c_short": "i16",
  "std::ffi::c_ushort": "u16",
  "std::ffi::c_long": "i64",
  "std::ffi::c_ulong": "u64",
  "std::ffi::c_longlong": "i64",
  "std::ffi::c_ulonglong": "u64",
  "std::ffi::c_char": "i8",
  "std::ffi::c_uchar": "u8",
  "std::os::fd::RawFd": "i32",
  "std::os::unix::io::RawFd": "i32",
  "libc::size_t": "usize",
  "libc::ssize_t": "isize",
  "libc::c_int": "i32",
  "libc::nfds_t": "u64",
  "std::io::Result": "Result<T, std::io::Error>",
  "std::fmt::Result": "Result<(), std::fmt::Error>",
  "std::thread::Result": "Result<T, Box<dyn Any + Send>>",
  "std::sync::LockResult": "Result<Guard, PoisonError<Guard>>",
  "std::sync::TryLockResult": "Result<Guard, TryLockError<Guard>>",
};

/** Generic parameters of the aliases above that take any. */
export const STD_ALIAS_PARAMS: Record<string, string[]> = {
  "std::io::Result": ["T"],
  "std::thread::Result": ["T"],
  "std::sync::LockResult": ["Guard"],
  "std::sync::TryLockResult": ["Guard"],
};
