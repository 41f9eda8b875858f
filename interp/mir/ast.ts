/**
 * Typed syntax tree for the textual MIR printed by rustc (`--emit=mir -Zmir-include-spans`).
 *
 * Every node that corresponds to a piece of MIR text carries `at`, the character offset of its
 * first character in the MIR file; `MirFile.lines` turns offsets into line:column. Nodes hold
 * exactly what the printer needs to write the text back, so parse → print → parse is stable.
 */

/** A source span as rustc prints it: `file:l1:c1: l2:c2`. */
export interface SrcSpan {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------------------------------------------------------------------------------------------
// Types, paths and generic arguments

/** A lifetime such as `'_`, `'a`, `'static` or `'{erased}` (kept verbatim). */
export interface Lifetime {
  k: "lifetime";
  name: string;
}

/** A const generic argument: an integer literal (`3_usize`, `11`), a param name, or a braced expression. */
export interface ConstArg {
  k: "constArg";
  /** Verbatim text of the argument (`11`, `3_usize`, `N`, `{N + 1}`). */
  text: string;
  /** Parsed integer value when the text is an integer literal. */
  value?: bigint;
}

/** One generic argument of a path segment. */
export type GenericArg = Ty | Lifetime | ConstArg | AssocBinding;

/** `Item = u32` inside `Iterator<Item = u32>`. */
export interface AssocBinding {
  k: "binding";
  name: string;
  ty: Ty;
}

/** A segment of a path. */
export type PathSeg =
  /** `name` or `name::<args>` (turbofish) or `name<args>` (type position). */
  | { k: "ident"; name: string; args?: GenericArg[]; turbofish?: boolean; parens?: { inputs: Ty[]; output?: Ty } }
  /** `<T as Trait>` or `<T>` (qualified self). */
  | { k: "qself"; self: Ty; trait?: Path }
  /** `<impl [T]>`: an inherent impl of a type that has no path (std prints these). */
  | { k: "implFor"; ty: Ty }
  /** `<impl at file:l:c: l:c>`: an impl block of the crate, named by its source span. */
  | { k: "implAt"; span: SrcSpan }
  /** `{closure#N}`, `{constant#N}`, `{impl#N}`, `{shim:…}` and similar disambiguated segments. */
  | { k: "disamb"; what: string; index: number }
  /** `promoted[N]`. */
  | { k: "promoted"; index: number };

/** A path such as `std::vec::Vec<u32>`, `<T as Into<u32>>::into` or `Arguments::<'_>::new::<11, 1>`. */
export interface Path {
  k: "path";
  segs: PathSeg[];
  /** Printed with a leading `::`. */
  global?: boolean;
}

/** A function pointer signature, shared by fn pointer types, fn item types and closure signatures. */
export interface FnSig {
  /** `for<'a, 'b>` lifetimes, verbatim. */
  binder?: string[];
  unsafe?: boolean;
  abi?: string;
  inputs: Ty[];
  variadic?: boolean;
  output: Ty;
}

/** A Rust type as rustc prints it. */
export type Ty =
  | { k: "prim"; name: string }
  | { k: "never" }
  | { k: "tuple"; elems: Ty[] }
  | { k: "ref"; mut: boolean; region?: string; to: Ty }
  | { k: "ptr"; mut: boolean; to: Ty }
  | { k: "array"; elem: Ty; len: ConstArg }
  | { k: "slice"; elem: Ty }
  | { k: "adt"; path: Path }
  | { k: "fnPtr"; sig: FnSig }
  | { k: "fnDef"; sig: FnSig; path: Path }
  | { k: "closure"; span: SrcSpan; what: string }
  | { k: "dyn"; bounds: Path[]; region?: string }
  | { k: "impl"; bounds: Path[] };

// ---------------------------------------------------------------------------------------------
// Places, operands, constants

/** One projection applied to a local. */
export type Projection =
  | { k: "deref" }
  | { k: "field"; index: number; ty: Ty }
  | { k: "downcast"; variant: string }
  | { k: "index"; local: number }
  | { k: "constIndex"; offset: number; minLength: number; fromEnd: boolean }
  | { k: "subslice"; from: number; to: number; fromEnd: boolean }
  | { k: "opaqueCast"; ty: Ty }
  | { k: "subtype"; ty: Ty };

/** A place: a local and the projections applied to it, innermost first. */
export interface Place {
  local: number;
  proj: Projection[];
  at: number;
}

/** A constant value as printed after `const` (or a fn item, printed without `const`). */
export type ConstValue =
  | { k: "int"; value: bigint; ty: string }
  | { k: "bool"; value: boolean }
  | { k: "char"; value: number }
  | { k: "float"; text: string; ty: string }
  | { k: "unit" }
  | { k: "str"; value: string }
  | { k: "bytes"; value: Uint8Array; deref: boolean }
  /** A path to a constant item, promoted, assoc const, unit variant or fn item. */
  | { k: "path"; path: Path }
  /** `<static(DefId(0:10 ~ crate[hash]::NAME))>`: a reference to the static item `NAME`. */
  | { k: "staticRef"; defId: string; crate: string; hash: string; name: string }
  /** `{allocN: T}`: a pointer to a printed allocation. */
  | { k: "alloc"; id: number; ty: Ty }
  /** `ZeroSized: T`. */
  | { k: "zst"; ty: Ty }
  | { k: "tuple"; elems: ConstValue[] }
  | { k: "array"; elems: ConstValue[] }
  /** An ADT value: `Path`, `Path(a, b)` or `Path { f: a }`. */
  | { k: "adt"; path: Path; fields?: ConstValue[]; names?: string[] }
  /** `{transmute(0x01): T}` */
  | { k: "transmute"; bits: bigint; width: number; ty: Ty }
  /** `{0x1 as *const u8}` */
  | { k: "intPtr"; bits: bigint; ty: Ty }
  /** A constant cast, `const X as T (Kind)`. */
  | { k: "cast"; value: ConstValue; ty: Ty; kind: string };

/** An operand of an rvalue, call or assert. */
export type Operand =
  | { k: "copy"; place: Place }
  | { k: "move"; place: Place }
  /** `fnItem` is true when the constant is a fn item printed without `const`. */
  | { k: "const"; value: ConstValue; fnItem?: boolean; at: number };

// ---------------------------------------------------------------------------------------------
// Rvalues, statements, terminators

/** Binary operators as rustc names them. */
export type BinOp =
  | "Add"
  | "AddUnchecked"
  | "AddWithOverflow"
  | "Sub"
  | "SubUnchecked"
  | "SubWithOverflow"
  | "Mul"
  | "MulUnchecked"
  | "MulWithOverflow"
  | "Div"
  | "Rem"
  | "BitXor"
  | "BitAnd"
  | "BitOr"
  | "Shl"
  | "ShlUnchecked"
  | "Shr"
  | "ShrUnchecked"
  | "Eq"
  | "Lt"
  | "Le"
  | "Ne"
  | "Ge"
  | "Gt"
  | "Cmp"
  | "Offset";

/** Unary operators. */
export type UnOp = "Not" | "Neg" | "PtrMetadata";

/** The kinds of borrow rustc prints. */
export type BorrowKind = "shared" | "mut" | "fake" | "fake shallow";

/** Aggregate constructors. */
export type AggregateKind =
  | { k: "array" }
  | { k: "tuple" }
  /** An ADT or enum variant; `style` says how fields were printed. */
  | { k: "adt"; path: Path; style: "unit" | "tuple" | "struct"; names?: string[] }
  | { k: "closure"; span: SrcSpan; what: string; names: string[] }
  | { k: "rawPtr"; mut: boolean; pointee: Ty };

/** The right-hand side of an assignment. */
export type Rvalue =
  | { k: "use"; op: Operand }
  | { k: "repeat"; op: Operand; count: ConstArg }
  | { k: "ref"; kind: BorrowKind; place: Place }
  | { k: "rawRef"; mut: boolean; fake?: boolean; place: Place }
  | { k: "threadLocalRef"; mut: boolean; path: Path }
  | { k: "len"; place: Place }
  | { k: "cast"; op: Operand; ty: Ty; kind: string }
  | { k: "binary"; op: BinOp; a: Operand; b: Operand }
  | { k: "unary"; op: UnOp; a: Operand }
  | { k: "nullary"; op: string; ty?: Ty; extra?: string }
  | { k: "discriminant"; place: Place }
  | { k: "aggregate"; kind: AggregateKind; ops: Operand[] }
  | { k: "shallowInitBox"; op: Operand; ty: Ty }
  | { k: "copyForDeref"; place: Place };

/** Extra comment lines rustc prints below a statement (const operands, closure args). */
export interface ExtraComments {
  lines: string[];
}

/** A statement inside a basic block. */
export type StatementKind =
  | { k: "assign"; place: Place; rvalue: Rvalue }
  | { k: "storageLive"; local: number }
  | { k: "storageDead"; local: number }
  | { k: "setDiscriminant"; place: Place; variant: number }
  | { k: "deinit"; place: Place }
  | { k: "placeMention"; place: Place }
  | { k: "retag"; text: string }
  | { k: "fakeRead"; text: string }
  | { k: "ascribeUserType"; text: string }
  | { k: "coverage"; text: string }
  | { k: "assume"; op: Operand }
  | { k: "copyNonOverlapping"; dst: Operand; src: Operand; count: Operand }
  | { k: "constEvalCounter" }
  | { k: "backwardIncompatibleDropHint"; text: string }
  | { k: "nop" };

/** A statement with its source information. */
export type Statement = StatementKind & { at: number; scope?: number; span?: SrcSpan; extra?: string[] };

/** Where a call, drop or assert goes when it unwinds. */
export type UnwindAction =
  | { k: "continue" }
  | { k: "unreachable" }
  | { k: "terminate"; reason: string }
  | { k: "cleanup"; target: number };

/** The last instruction of a basic block. */
export type TerminatorKind =
  | { k: "goto"; target: number }
  | { k: "switchInt"; discr: Operand; values: bigint[]; targets: number[]; otherwise: number }
  | { k: "return" }
  | { k: "resume" }
  | { k: "terminate"; reason: string }
  | { k: "unreachable" }
  | { k: "drop"; place: Place; target: number; unwind: UnwindAction }
  | {
    k: "call";
    dest: Place;
    func: Operand;
    args: Operand[];
    target?: number;
    unwind: UnwindAction;
  }
  | { k: "tailCall"; func: Operand; args: Operand[] }
  | {
    k: "assert";
    cond: Operand;
    expected: boolean;
    msg: string;
    msgArgs: Operand[];
    target: number;
    unwind: UnwindAction;
  }
  | { k: "falseEdge"; real: number; imaginary: number }
  | { k: "falseUnwind"; real: number; unwind: UnwindAction };

/** A terminator with its source information. */
export type Terminator = TerminatorKind & { at: number; scope?: number; span?: SrcSpan; extra?: string[] };

/** A basic block. */
export interface BasicBlock {
  index: number;
  cleanup: boolean;
  stmts: Statement[];
  term: Terminator;
  at: number;
}

/** `let [mut] _N: T;` */
export interface LocalDecl {
  local: number;
  mut: boolean;
  ty: Ty;
  /** Verbatim `as UserTypeProjection {…}` suffixes, if any. */
  userTy?: string[];
  scope?: number;
  span?: SrcSpan;
  returnPlace?: boolean;
  at: number;
}

/** `debug name => place_or_const;` */
export interface DebugInfo {
  name: string;
  /** For composite debug info `debug (name.0: T) => …`, the verbatim left side. */
  composite?: string;
  value: { k: "place"; place: Place } | { k: "const"; value: ConstValue };
  scope?: number;
  span?: SrcSpan;
  at: number;
}

/** A source scope with the variables declared in it. */
export interface Scope {
  index: number;
  /** ` (inlined …)` text after the scope number. */
  inlined?: string;
  /** `// at span` comment for inlined scopes. */
  span?: SrcSpan;
  debug: DebugInfo[];
  locals: LocalDecl[];
  children: Scope[];
  at: number;
}

/** The kind of a body and how its header is printed. */
export type BodyKind = "fn" | "const" | "inline const" | "static" | "static mut";

/** A MIR body: a function, closure, const, static or promoted constant. */
export interface Body {
  k: "body";
  kind: BodyKind;
  name: Path;
  /** Arguments `_1…_n` with their types (functions only). */
  params: { local: number; ty: Ty }[];
  /** Return type for functions, value type for consts and statics. */
  ret: Ty;
  /** The root scope (scope 0): debug info and locals declared there, children scopes. */
  root: Scope;
  blocks: BasicBlock[];
  /** True for the second copy of a `const fn`, printed after `// MIR FOR CTFE`. */
  ctfe: boolean;
  at: number;
}

/** `const NAME: T = const VALUE;`: a constant whose value rustc prints inline. */
export interface ConstItem {
  k: "constItem";
  name: Path;
  ty: Ty;
  value: ConstValue;
  at: number;
}

/** A byte of an allocation dump: a value, uninitialised (`__`), or part of a pointer. */
export interface AllocPointer {
  offset: number;
  alloc: number;
  /** Offset added to the target allocation (`alloc3+0x4`). */
  addend: number;
  /** `<imm>` marker. */
  imm: boolean;
}

/** `allocN (…) { hex dump }` */
export interface Alloc {
  k: "alloc";
  id: number;
  /** What the allocation is: plain memory, a static's memory, a fn, a vtable, … */
  what:
    | { k: "memory" }
    | { k: "static"; name: Path }
    | { k: "fn"; text: string }
    | { k: "vtable"; text: string }
    | { k: "externStatic"; text: string }
    | { k: "deallocated" };
  size: number;
  align: number;
  /** Byte values; `-1` marks an uninitialised byte, `-2` a byte covered by a pointer. */
  bytes: number[];
  pointers: AllocPointer[];
  at: number;
}

/** A top-level item of a MIR file. */
export type Item = Body | ConstItem | Alloc;

/** A parsed MIR file. */
export interface MirFile {
  path: string;
  items: Item[];
  /** Leading comment lines (`// WARNING…`). */
  header: string[];
}
