/**
 * Rust 1.95's Debug builders (core/fmt/builders.rs) as small state machines over a `Writer`:
 * `DebugStruct`, `DebugTuple`, `DebugList`, `DebugSet`, `DebugMap`, and the `PadAdapter` that
 * indents nested output in pretty (`{:#?}`) mode.
 *
 * The caller formats each field itself: a builder hands out the writer to format the value into
 * (a `PadAdapter` when pretty), and the value must be formatted with the same `FormatSpec` as the
 * builder's formatter (Rust passes the formatter's options down, so `{:5?}` pads every leaf and
 * `{:#?}` makes nested values pretty too). Then the caller closes the field (`endField()` etc.).
 */

/** Where formatted text goes (Rust's `fmt::Write`). */
export interface Writer {
  /** Appends `s`. */
  write(s: string): void;
}

/** A `Writer` that collects the text in `text`. */
export class StringWriter implements Writer {
  /** Everything written so far. */
  text = "";
  /** Appends `s` to `text`. */
  write(s: string): void {
    this.text += s;
  }
}

/** A Rust panic raised by misuse of a builder (the message is std's panic message). */
export class FmtPanic extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FmtPanic";
  }
}

/** `PadAdapter`'s state: whether the next write starts a line (and so gets indented). */
export interface PadAdapterState {
  /** True at the start of a line. */
  onNewline: boolean;
}

/** Indents every line written through it by four spaces (std's `PadAdapter`). */
export class PadAdapter implements Writer {
  constructor(readonly inner: Writer, readonly state: PadAdapterState = { onNewline: true }) {}

  /** Writes `s`, inserting four spaces at the start of each line. */
  write(s: string): void {
    let start = 0;
    while (start < s.length) {
      const nl = s.indexOf("\n", start);
      const end = nl === -1 ? s.length : nl + 1;
      if (this.state.onNewline) this.inner.write("    ");
      this.state.onNewline = nl !== -1;
      this.inner.write(s.slice(start, end));
      start = end;
    }
  }
}

/** `f.debug_struct(name)`: `Name { a: 1, b: 2 }`, or one `a: 1,` line per field when pretty. */
export class DebugStruct {
  private hasFields = false;
  /** The writer handed out by `field()` until `endField()`. */
  private open: Writer | undefined;

  /** Writes `name`; `pretty` is the formatter's `#` flag. */
  constructor(readonly out: Writer, name: string, readonly pretty: boolean) {
    out.write(name);
  }

  /** Starts field `name`; format its value into the returned writer, then call `endField()`. */
  field(name: string): Writer {
    if (this.open) throw new FmtPanic("DebugStruct: field() before the previous endField()");
    if (this.pretty) {
      if (!this.hasFields) this.out.write(" {\n");
      this.open = new PadAdapter(this.out);
      this.open.write(name);
      this.open.write(": ");
    } else {
      this.out.write(this.hasFields ? ", " : " { ");
      this.out.write(name);
      this.out.write(": ");
      this.open = this.out;
    }
    this.hasFields = true;
    return this.open;
  }

  /** Ends the field started by `field()`. */
  endField(): void {
    if (!this.open) throw new FmtPanic("DebugStruct: endField() without field()");
    if (this.pretty) this.open.write(",\n");
    this.open = undefined;
  }

  /** `field(name)`, `value(writer)`, `endField()` in one call. */
  fieldWith(name: string, value: (w: Writer) => void): this {
    value(this.field(name));
    this.endField();
    return this;
  }

  /** `finish()`: ` }` (or `}` when pretty) if there were fields; a unit-like name otherwise. */
  finish(): void {
    if (this.open) throw new FmtPanic("DebugStruct: finish() inside a field");
    if (this.hasFields) this.out.write(this.pretty ? "}" : " }");
  }

  /** `finish_non_exhaustive()`: `Name { a: 1, .. }` / `Name { .. }`. */
  finishNonExhaustive(): void {
    if (this.open) throw new FmtPanic("DebugStruct: finish_non_exhaustive() inside a field");
    if (!this.hasFields) this.out.write(" { .. }");
    else if (this.pretty) {
      new PadAdapter(this.out).write("..\n");
      this.out.write("}");
    } else this.out.write(", .. }");
  }
}

/** `f.debug_tuple(name)`: `Name(1, 2)`; the unnamed 1-tuple gets a trailing comma: `(1,)`. */
export class DebugTuple {
  private fields = 0;
  /** The writer handed out by `field()` until `endField()`. */
  private open: Writer | undefined;

  /** Writes `name` (empty for tuples); `pretty` is the formatter's `#` flag. */
  constructor(readonly out: Writer, readonly name: string, readonly pretty: boolean) {
    out.write(name);
  }

  /** Starts a field; format its value into the returned writer, then call `endField()`. */
  field(): Writer {
    if (this.open) throw new FmtPanic("DebugTuple: field() before the previous endField()");
    if (this.pretty) {
      if (this.fields === 0) this.out.write("(\n");
      this.open = new PadAdapter(this.out);
    } else {
      this.out.write(this.fields === 0 ? "(" : ", ");
      this.open = this.out;
    }
    this.fields++;
    return this.open;
  }

  /** Ends the field started by `field()`. */
  endField(): void {
    if (!this.open) throw new FmtPanic("DebugTuple: endField() without field()");
    if (this.pretty) this.open.write(",\n");
    this.open = undefined;
  }

  /** `field()`, `value(writer)`, `endField()` in one call. */
  fieldWith(value: (w: Writer) => void): this {
    value(this.field());
    this.endField();
    return this;
  }

  /** `finish()`: `)` if there were fields (`,)` for a non-pretty unnamed 1-tuple). */
  finish(): void {
    if (this.open) throw new FmtPanic("DebugTuple: finish() inside a field");
    if (this.fields === 0) return;
    if (this.fields === 1 && this.name === "" && !this.pretty) this.out.write(",");
    this.out.write(")");
  }

  /** `finish_non_exhaustive()`: `Name(1, ..)` / `Name(..)`. */
  finishNonExhaustive(): void {
    if (this.open) throw new FmtPanic("DebugTuple: finish_non_exhaustive() inside a field");
    if (this.fields === 0) this.out.write("(..)");
    else if (this.pretty) {
      new PadAdapter(this.out).write("..\n");
      this.out.write(")");
    } else this.out.write(", ..)");
  }
}

/** The shared part of `DebugList` and `DebugSet` (std's `DebugInner`). */
class DebugInner {
  private hasFields = false;
  /** The writer handed out by `entry()` until `endEntry()`. */
  private open: Writer | undefined;

  constructor(readonly out: Writer, readonly pretty: boolean, readonly opening: string, readonly closing: string) {
    out.write(opening);
  }

  /** Starts an entry; format it into the returned writer, then call `endEntry()`. */
  entry(): Writer {
    if (this.open) throw new FmtPanic("entry() before the previous endEntry()");
    if (this.pretty) {
      if (!this.hasFields) this.out.write("\n");
      this.open = new PadAdapter(this.out);
    } else {
      if (this.hasFields) this.out.write(", ");
      this.open = this.out;
    }
    this.hasFields = true;
    return this.open;
  }

  /** Ends the entry started by `entry()`. */
  endEntry(): void {
    if (!this.open) throw new FmtPanic("endEntry() without entry()");
    if (this.pretty) this.open.write(",\n");
    this.open = undefined;
  }

  /** `entry()`, `value(writer)`, `endEntry()` in one call. */
  entryWith(value: (w: Writer) => void): this {
    value(this.entry());
    this.endEntry();
    return this;
  }

  /** `finish()`: the closing bracket. */
  finish(): void {
    if (this.open) throw new FmtPanic("finish() inside an entry");
    this.out.write(this.closing);
  }

  /** `finish_non_exhaustive()`: `[1, ..]` / `[..]` (pretty: a `..` line). */
  finishNonExhaustive(): void {
    if (this.open) throw new FmtPanic("finish_non_exhaustive() inside an entry");
    if (!this.hasFields) this.out.write(".." + this.closing);
    else if (this.pretty) {
      new PadAdapter(this.out).write("..\n");
      this.out.write(this.closing);
    } else this.out.write(", .." + this.closing);
  }
}

/** `f.debug_list()`: `[1, 2]`. */
export class DebugList extends DebugInner {
  /** Writes `[`; `pretty` is the formatter's `#` flag. */
  constructor(out: Writer, pretty: boolean) {
    super(out, pretty, "[", "]");
  }
}

/** `f.debug_set()`: `{1, 2}`. */
export class DebugSet extends DebugInner {
  /** Writes `{`; `pretty` is the formatter's `#` flag. */
  constructor(out: Writer, pretty: boolean) {
    super(out, pretty, "{", "}");
  }
}

/** `f.debug_map()`: `{k: v, k2: v2}`; key and value of one entry share a `PadAdapter` state. */
export class DebugMap {
  private hasFields = false;
  private hasKey = false;
  /** The writer handed out by `key()` or `value()` until `endKey()` / `endValue()`. */
  private open: Writer | undefined;
  private state: PadAdapterState = { onNewline: true };

  /** Writes `{`; `pretty` is the formatter's `#` flag. */
  constructor(readonly out: Writer, readonly pretty: boolean) {
    out.write("{");
  }

  /** Starts an entry's key; format it into the returned writer, then call `endKey()`. */
  key(): Writer {
    if (this.hasKey || this.open) {
      throw new FmtPanic("attempted to begin a new map entry without completing the previous one");
    }
    if (this.pretty) {
      if (!this.hasFields) this.out.write("\n");
      this.state = { onNewline: true };
      this.open = new PadAdapter(this.out, this.state);
    } else {
      if (this.hasFields) this.out.write(", ");
      this.open = this.out;
    }
    return this.open;
  }

  /** Ends the key (writes `: `). */
  endKey(): void {
    if (!this.open || this.hasKey) throw new FmtPanic("DebugMap: endKey() without key()");
    this.open.write(": ");
    this.open = undefined;
    this.hasKey = true;
  }

  /** Starts the value; format it into the returned writer, then call `endValue()`. */
  value(): Writer {
    if (!this.hasKey || this.open) throw new FmtPanic("attempted to format a map value before its key");
    this.open = this.pretty ? new PadAdapter(this.out, this.state) : this.out;
    return this.open;
  }

  /** Ends the value (and the entry). */
  endValue(): void {
    if (!this.open || !this.hasKey) throw new FmtPanic("DebugMap: endValue() without value()");
    if (this.pretty) this.open.write(",\n");
    this.open = undefined;
    this.hasKey = false;
    this.hasFields = true;
  }

  /** A whole entry: `key(w)` then `value(w)` formatted into the writers handed out. */
  entryWith(key: (w: Writer) => void, value: (w: Writer) => void): this {
    key(this.key());
    this.endKey();
    value(this.value());
    this.endValue();
    return this;
  }

  /** `finish()`: `}`. */
  finish(): void {
    if (this.hasKey || this.open) throw new FmtPanic("attempted to finish a map with a partial entry");
    this.out.write("}");
  }

  /** `finish_non_exhaustive()`: `{k: v, ..}` / `{..}`. */
  finishNonExhaustive(): void {
    if (this.hasKey || this.open) throw new FmtPanic("attempted to finish a map with a partial entry");
    if (!this.hasFields) this.out.write("..}");
    else if (this.pretty) {
      new PadAdapter(this.out).write("..\n");
      this.out.write("}");
    } else this.out.write(", ..}");
  }
}
