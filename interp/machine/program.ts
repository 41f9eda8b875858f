/**
 * A loaded program: the MIR file's bodies, constants and allocations, indexed together with the
 * item signatures read from the Rust sources (impls, ADTs, generics), and type resolution from
 * syntax (MIR-printed or source-written) to interned runtime types.
 */

import { InterpError, Unsupported } from "../errors.ts";
import type { Alloc as AllocItem, Body, ConstItem, MirFile, Path, PathSeg, Ty } from "../mir/ast.ts";
import { printPath, printTy } from "../mir/printer.ts";
import { TypesParser } from "../mir/types_parser.ts";
import type { AdtItem, FnDecl, GenericParam, ImplItem, SourceItems, TraitItem } from "../rust/items.ts";
import { STD_ADTS, STD_ALIAS_PARAMS, STD_ALIASES, type StdAdtSpec } from "../std/adts.ts";
import type { AdtDef, ClosureDef, IntName, RType, VariantDef } from "./types.ts";
import { isIntName, TypeTable } from "./types.ts";

/** How generic parameters and `Self` resolve while resolving a type. */
export interface TypeEnv {
  params: ReadonlyMap<string, RType>;
  self?: RType;
  /** Where names are resolved: in rustc-printed MIR text, or in a source module. */
  src?: { modPath: string[] };
}

/** An impl block with its resolved self-type pattern. */
export interface ImplInfo {
  item: ImplItem;
  /** Generic parameter names (type and const) in order. */
  params: string[];
  traitName?: string;
  traitArgs: Ty[];
  /** The self type, mentioning `params` as `param` types. */
  selfPattern: RType;
  /** Method name → MIR body name. */
  methods: Map<string, string>;
  key: string;
}

/** Signature facts of a MIR body. */
export interface FnInfo {
  name: string;
  body: Body;
  /** Generic parameter names in the order call sites give arguments (impl's, then the fn's). */
  params: string[];
  impl?: ImplInfo;
  /** For a trait's default method: the trait. */
  trait?: TraitItem;
  closure?: ClosureDef;
  /** Number of explicit (non-`impl Trait`) parameters of the fn itself. */
  ownExplicit: number;
}

/** Converts `core::x`/`alloc::x` to `std::x`. */
function stdPath(p: string): string {
  return p.replace(/^(core|alloc)::/, "std::");
}

/** A loaded program. */
/**
 * Items by their printed path. rustc prints an item's own header with a trimmed path when its
 * name is unique (`fn errno()`), but references to it with the module path (`sys::errno`), so a
 * lookup that misses retries with leading module segments dropped.
 */
export class ItemMap<V> extends Map<string, V> {
  override get(name: string): V | undefined {
    const hit = super.get(name);
    if (hit !== undefined || this.size === 0) return hit;
    const segs = splitTopLevelPath(name);
    // Only the program's own module prefixes are trimmed (`sys::errno` → `errno`), never std's
    // (`core::num::<impl i32>::MAX` must not find a user `const MAX`).
    if (segs[0] === "core" || segs[0] === "std" || segs[0] === "alloc") return undefined;
    for (let i = 1; i < segs.length; i++) {
      if (!/^[a-z_][a-z0-9_]*$/.test(segs[i - 1])) return undefined;
      const v = super.get(segs.slice(i).join("::"));
      if (v !== undefined) return v;
    }
    return undefined;
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/** Splits `a::<impl at x:1:2: 3:4>::b::<T>` at the `::` separators outside brackets. */
export function splitTopLevelPath(name: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "<" || c === "{" || c === "(" || c === "[") depth++;
    else if ((c === ">" && name[i - 1] !== "-") || c === "}" || c === ")" || c === "]") depth--;
    else if (depth === 0 && c === ":" && name[i + 1] === ":") {
      out.push(name.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  out.push(name.slice(start));
  return out;
}

export class Program {
  readonly tt = new TypeTable();
  readonly bodies = new ItemMap<Body>();
  readonly constItems = new ItemMap<ConstItem>();
  readonly allocs = new Map<number, AllocItem>();
  readonly impls: ImplInfo[] = [];
  readonly closures = new Map<string, ClosureDef>();
  readonly fnInfos = new ItemMap<FnInfo>();
  readonly externs = new Map<string, string>();
  /** Fn item types by key: the path with its generic arguments resolved where it was named. */
  readonly fnDefs = new Map<string, ResolvedPath>();
  /** User ADTs by name (several modules may define the same name). */
  private userAdts = new Map<string, { item: AdtItem; def: AdtDef }[]>();
  private stdByPath = new Map<string, StdAdtSpec>();
  private stdByName = new Map<string, StdAdtSpec[]>();
  private stdDefs = new Map<StdAdtSpec, AdtDef>();
  private implByPos = new Map<string, ImplInfo>();

  constructor(readonly file: MirFile, readonly src: SourceItems) {
    for (const item of file.items) {
      if (item.k === "body") {
        if (!item.ctfe) this.bodies.set(printPath(item.name), item);
      } else if (item.k === "constItem") this.constItems.set(printPath(item.name), item);
      else this.allocs.set(item.id, item);
    }
    for (const spec of STD_ADTS) {
      const paths = [spec.path, ...(spec.aliases ?? [])];
      for (const p of paths) this.stdByPath.set(stdPath(p), spec);
      const name = spec.path.split("::").pop()!;
      const list = this.stdByName.get(name) ?? [];
      list.push(spec);
      this.stdByName.set(name, list);
    }
    for (const e of src.externFns) this.externs.set(e.name, e.linkName);
    for (const a of src.adts) {
      const def: AdtDef = {
        kind: a.kind,
        name: a.name,
        path: [...a.modPath, a.name].join("::"),
        params: a.generics.filter((g) => g.kind !== "lifetime").map((g) => g.name),
        variants: [],
        repr: { c: a.repr.c, transparent: a.repr.transparent, packed: a.repr.packed, align: a.repr.align },
        user: true,
        id: this.tt.newId(),
      };
      if (a.repr.int && isIntName(a.repr.int)) def.repr.int = a.repr.int;
      const list = this.userAdts.get(a.name) ?? [];
      list.push({ item: a, def });
      this.userAdts.set(a.name, list);
    }
    // Fill ADT fields once every ADT is known (fields may mention each other).
    for (const list of this.userAdts.values()) for (const { item, def } of list) this.fillUserAdt(item, def);
    for (const impl of src.impls) {
      const info = this.implInfo(impl);
      this.impls.push(info);
      this.implByPos.set(info.key, info);
    }
    this.collectClosures();
    for (const [name, body] of this.bodies) this.fnInfos.set(name, this.fnInfo(name, body));
  }

  // ---------------------------------------------------------------------------------------------
  // ADTs

  private fillUserAdt(item: AdtItem, def: AdtDef): void {
    const env: TypeEnv = {
      params: new Map(def.params.map((p) => [p, this.tt.param(p)])),
      src: { modPath: item.modPath },
    };
    const resolveField = (text: string) => this.resolveText(text, env);
    if (item.kind === "enum") {
      let next = 0n;
      def.variants = item.variants.map((v): VariantDef => {
        const discr = v.discr !== undefined ? this.evalConstExpr(v.discr, item.modPath) : next;
        next = discr + 1n;
        return {
          name: v.name,
          style: v.style,
          discr,
          fields: v.fields.map((f) => ({ name: f.name, ty: resolveField(f.ty) })),
        };
      });
    } else {
      def.variants = [{
        name: item.name,
        style: item.style,
        discr: 0n,
        fields: item.fields.map((f) => ({ name: f.name, ty: resolveField(f.ty) })),
      }];
    }
  }

  /** The AdtDef of a std type spec, built on first use. */
  stdAdt(spec: StdAdtSpec): AdtDef {
    let def = this.stdDefs.get(spec);
    if (def) return def;
    const name = spec.path.split("::").pop()!;
    def = {
      kind: spec.kind,
      name,
      path: spec.path,
      params: spec.params ?? [],
      variants: [],
      repr: { c: !!spec.repr?.c, transparent: !!spec.repr?.transparent, int: spec.repr?.int as IntName | undefined },
      user: false,
      validRange: spec.validRange ? { start: spec.validRange[0], end: spec.validRange[1] } : undefined,
      id: this.tt.newId(),
    };
    this.stdDefs.set(spec, def);
    const env: TypeEnv = { params: new Map(def.params.map((p) => [p, this.tt.param(p)])) };
    const r = (text: string) => this.resolveText(text, env, true);
    if (spec.kind === "enum") {
      let next = 0n;
      def.variants = splitTop(spec.variants ?? "").map((v): VariantDef => {
        const m = /^(\w+)\s*(?:=\s*(-?\d+))?\s*(?:\((.*)\))?$/.exec(v)!;
        const discr = m[2] !== undefined ? BigInt(m[2]) : next;
        next = discr + 1n;
        const fields = m[3] ? splitTop(m[3]).map((t, i) => ({ name: String(i), ty: r(t) })) : [];
        return { name: m[1], discr, style: m[3] ? "tuple" : "unit", fields };
      });
    } else {
      const parts = splitTop(spec.fields ?? "");
      const named = parts.length > 0 && /^\w+\s*:[^:]/.test(parts[0]);
      def.variants = [{
        name,
        discr: 0n,
        style: parts.length === 0 ? "unit" : named ? "struct" : "tuple",
        fields: parts.map((p, i) => {
          if (!named) return { name: String(i), ty: r(p) };
          const c = p.indexOf(":");
          return { name: p.slice(0, c).trim(), ty: r(p.slice(c + 1)) };
        }),
      }];
    }
    return def;
  }

  /** The std ADT named by `path` (e.g. `std::ops::Range`), if modelled. */
  stdAdtByPath(path: string): AdtDef | undefined {
    const spec = this.lookupStdSpec(path.split("::"));
    return spec ? this.stdAdt(spec) : undefined;
  }

  private lookupStdSpec(segs: string[]): StdAdtSpec | undefined {
    const full = stdPath(segs.join("::"));
    const exact = this.stdByPath.get(full);
    if (exact) return exact;
    const name = segs[segs.length - 1];
    const list = this.stdByName.get(name);
    if (!list) return undefined;
    if (list.length === 1) return list[0];
    if (segs.length === 1) {
      // Prefer the most common meaning of an ambiguous short name.
      return list[0];
    }
    const suffix = segs.slice(0, -1).join("::");
    return list.find((s) =>
      stdPath(s.path).includes(`::${suffix}::`) || stdPath(s.path).startsWith(`std::${suffix}::`)
    ) ??
      list.find((s) => s.path.includes(segs[segs.length - 2])) ?? list[0];
  }

  // ---------------------------------------------------------------------------------------------
  // Impls, closures and fn infos

  private implInfo(item: ImplItem): ImplInfo {
    const params = item.generics.filter((g) => g.kind !== "lifetime").map((g) => g.name);
    const env: TypeEnv = {
      params: new Map(params.map((p) => [p, this.tt.param(p)])),
      src: { modPath: item.modPath },
    };
    let traitName: string | undefined;
    let traitArgs: Ty[] = [];
    if (item.trait) {
      const tp = new TypesParser(item.trait, "<impl trait>").path("type");
      const last = tp.segs[tp.segs.length - 1];
      if (last.k === "ident") {
        traitName = last.name;
        traitArgs = (last.args ?? []).filter((a): a is Ty =>
          a.k !== "lifetime" && a.k !== "constArg" && a.k !== "binding"
        );
      }
    }
    let selfPattern: RType;
    try {
      selfPattern = this.resolveText(item.selfTy, env);
    } catch {
      selfPattern = this.tt.param(`<unresolved ${item.selfTy}>`);
    }
    const methods = new Map<string, string>();
    const key = `${item.pos.file}:${item.pos.line}:${item.pos.col}`;
    return { item, params, traitName, traitArgs, selfPattern, methods, key };
  }

  /** The impl rustc names `<impl at file:l:c: …>`. */
  implAt(file: string, line: number, col: number): ImplInfo | undefined {
    return this.implByPos.get(`${file}:${line}:${col}`);
  }

  private collectClosures(): void {
    for (const [name, body] of this.bodies) {
      const parentParams = () => this.genericsOf(name, body).params;
      for (const bb of body.blocks) {
        for (const s of bb.stmts) {
          if (s.k !== "assign" || s.rvalue.k !== "aggregate" || s.rvalue.kind.k !== "closure") continue;
          const kind = s.rvalue.kind;
          const key = spanKey(kind.span);
          if (this.closures.has(key)) continue;
          const extra = s.extra ?? [];
          const defLine = extra.find((l) => l.startsWith("+ def_id:")) ?? "";
          const bodyName = /::(?:\w+\[[0-9a-f]+\])::(.*)\)$/.exec(defLine)?.[1] ??
            /~ [^:]+::(.*)\)$/.exec(defLine)?.[1];
          // `+ args: [` then kind int, signature, upvar tuple, `]`.
          const argsStart = extra.findIndex((l) => l.startsWith("+ args:"));
          const argLines = argsStart >= 0 ? extra.slice(argsStart + 1, extra.indexOf("]", argsStart)) : [];
          const kindText = argLines[argLines.length - 3]?.trim().replace(/,$/, "");
          const upvarText = argLines[argLines.length - 1]?.trim().replace(/,$/, "") ?? "()";
          const params = parentParams();
          const env: TypeEnv = { params: new Map(params.map((p) => [p, this.tt.param(p)])) };
          let upvars: RType[] = [];
          const upTy = this.resolveText(upvarText.replace(/'\{erased\}\s*/g, ""), env, false, true);
          if (upTy.k === "tuple") upvars = upTy.elems;
          const def: ClosureDef = {
            key,
            body: bodyName ?? this.closureBodyBySpan(key) ?? "",
            upvars,
            params,
            kind: kindText === "i8" ? "Fn" : kindText === "i16" ? "FnMut" : "FnOnce",
            id: this.tt.newId(),
          };
          this.closures.set(key, def);
        }
      }
    }
    // Closures that are never constructed as aggregates (captureless closures used as values or
    // coerced to fn pointers) are known from their bodies' first parameter.
    for (const [name, body] of this.bodies) {
      const p0 = body.params[0]?.ty;
      const ct = p0?.k === "ref" ? p0.to : p0;
      if (ct?.k !== "closure") continue;
      const key = spanKey(ct.span);
      if (this.closures.has(key)) continue;
      const kind = p0!.k === "ref" ? (p0!.mut ? "FnMut" : "Fn") : "FnOnce";
      const params = this.genericsOf(name, body).params;
      this.closures.set(key, { key, body: name, upvars: [], params, kind, id: this.tt.newId() });
    }
  }

  private closureBodyBySpan(key: string): string | undefined {
    for (const [name, body] of this.bodies) {
      const p = body.params[0]?.ty;
      const t = p?.k === "ref" ? p.to : p;
      if (t?.k === "closure" && spanKey(t.span) === key) return name;
    }
    return undefined;
  }

  /** Generic parameter names (and impl/trait context) of the body named `name`. */
  private genericsOf(name: string, body: Body): { params: string[]; impl?: ImplInfo; trait?: TraitItem; own: number } {
    const segs = body.name.segs;
    // Promoted constants and closures share their parent's generics.
    const lastIdx = segs.length - 1;
    const last = segs[lastIdx];
    if (last.k === "promoted" || (last.k === "disamb" && (last.what === "closure" || last.what === "constant"))) {
      const parentPath: Path = { k: "path", segs: segs.slice(0, lastIdx) };
      const parentName = printPath(parentPath);
      const parent = this.bodies.get(parentName);
      if (parent) return this.genericsOf(parentName, parent);
      // A closure inside a closure whose parent body is named by the remaining path.
      return { params: [], own: 0 };
    }
    const implSeg = segs.find((s) => s.k === "implAt") as Extract<PathSeg, { k: "implAt" }> | undefined;
    const implTraitParams = uniqueImplTraitParams(body);
    if (implSeg) {
      const impl = this.implAt(implSeg.span.file, implSeg.span.line, implSeg.span.col);
      if (!impl) return { params: implTraitParams, own: 0 };
      const method = last.k === "ident" ? last.name : "";
      impl.methods.set(method, name);
      const decl = this.findDeclIn(impl.item.fns, body) ?? impl.item.fns.find((f) => f.name === method);
      const own = decl ? explicitParams(decl.generics) : [];
      return { params: [...impl.params, ...own, ...implTraitParams], impl, own: own.length };
    }
    // A trait's default method: `Trait::method`.
    if (segs.length >= 2 && last.k === "ident") {
      const prev = segs[segs.length - 2];
      if (prev.k === "ident") {
        const trait = this.src.traits.find((t) =>
          t.name === prev.name && t.fns.some((f) => f.name === last.name && f.hasBody)
        );
        if (trait) {
          const decl = trait.fns.find((f) => f.name === last.name)!;
          const own = explicitParams(decl.generics);
          return {
            params: ["Self", ...explicitParams(trait.generics), ...own, ...implTraitParams],
            trait,
            own: own.length,
          };
        }
      }
    }
    // A constructor fn of a tuple struct or variant: the ADT's generics.
    const retTy = body.ret;
    if (retTy.k === "adt" && body.blocks.length === 1 && body.blocks[0].stmts.length === 1) {
      const s = body.blocks[0].stmts[0];
      if (s.k === "assign" && s.rvalue.k === "aggregate" && s.rvalue.kind.k === "adt" && s.place.local === 0) {
        const adt = this.userAdts.get(adtNameOf(retTy))?.[0];
        if (adt && body.params.length === s.rvalue.ops.length) {
          return { params: adt.def.params, own: adt.def.params.length };
        }
      }
    }
    const decl = this.findDecl(body);
    const own = decl ? explicitParams(decl.generics) : [];
    return { params: [...own, ...implTraitParams], own: own.length };
  }

  /** The source fn whose text contains the body's return-place declaration (innermost). */
  private findDecl(body: Body): FnDecl | undefined {
    return this.findDeclIn(this.src.fns, body);
  }

  private findDeclIn(fns: FnDecl[], body: Body): FnDecl | undefined {
    const ret = body.root.locals.find((l) => l.local === 0);
    const span = ret?.span;
    if (!span || span.line === 0) return undefined;
    const text = this.src.files.get(span.file);
    if (text === undefined) return undefined;
    const off = offsetOf(text, span.line, span.col);
    let best: FnDecl | undefined;
    for (const f of fns) {
      if (f.file !== span.file || off < f.start || off > f.end) continue;
      if (!best || f.start >= best.start) best = f;
    }
    return best;
  }

  private fnInfo(name: string, body: Body): FnInfo {
    const g = this.genericsOf(name, body);
    const info: FnInfo = { name, body, params: g.params, impl: g.impl, trait: g.trait, ownExplicit: g.own };
    const p0 = body.params[0]?.ty;
    const ct = p0?.k === "ref" ? p0.to : p0;
    if (ct?.k === "closure") info.closure = this.closures.get(spanKey(ct.span));
    return info;
  }

  // ---------------------------------------------------------------------------------------------
  // Type resolution

  /** Resolves type text (MIR-printed, or source text when `env.src` is set). */
  resolveText(text: string, env: TypeEnv, stdScope = false, lenient = false): RType {
    let ty: Ty;
    try {
      const p = new TypesParser(text, "<type>");
      ty = p.ty();
      p.ws();
      if (!p.eof) throw new Error("trailing text");
    } catch {
      if (lenient) return this.tt.unit;
      throw new Unsupported(`cannot parse the type \`${text}\``);
    }
    return this.resolve(ty, env, stdScope);
  }

  /** Resolves a syntactic type to a runtime type. */
  resolve(ty: Ty, env: TypeEnv, stdScope = false): RType {
    const tt = this.tt;
    switch (ty.k) {
      case "prim":
        if (isIntName(ty.name)) return tt.int(ty.name);
        if (ty.name === "bool") return tt.bool;
        if (ty.name === "char") return tt.char;
        if (ty.name === "str") return tt.str;
        if (ty.name === "f32") return tt.f32;
        if (ty.name === "f64") return tt.f64;
        throw new Unsupported(`the primitive type ${ty.name}`);
      case "never":
        return tt.never;
      case "tuple":
        return tt.tuple(ty.elems.map((e) => this.resolve(e, env, stdScope)));
      case "ref":
        return tt.ref(this.resolve(ty.to, env, stdScope), ty.mut);
      case "ptr":
        return tt.ptr(this.resolve(ty.to, env, stdScope), ty.mut);
      case "slice":
        return tt.slice(this.resolve(ty.elem, env, stdScope));
      case "array": {
        const elem = this.resolve(ty.elem, env, stdScope);
        if (ty.len.value !== undefined) return tt.array(elem, Number(ty.len.value));
        const bound = env.params.get(ty.len.text);
        if (bound?.k === "const") return tt.array(elem, Number(bound.value));
        if (bound?.k === "param") return tt.intern({ k: "array", elem, len: 0, lenParam: ty.len.text });
        return tt.array(elem, Number(this.evalConstExpr(ty.len.text, env.src?.modPath ?? [])));
      }
      case "fnPtr":
        return tt.intern({
          k: "fnPtr",
          inputs: ty.sig.inputs.map((i) => this.resolve(i, env, stdScope)),
          output: this.resolve(ty.sig.output, env, stdScope),
        });
      case "fnDef":
        return this.fnDefType(ty.path, env);
      case "closure": {
        const key = spanKey(ty.span);
        const def = this.closures.get(key);
        if (!def) throw new Unsupported(`closure type {closure@${key}} whose definition was not found in the MIR`);
        return tt.intern({
          k: "closure",
          def,
          args: def.params.map((p) => env.params.get(p) ?? tt.param(p)),
        });
      }
      case "dyn":
        return tt.intern({ k: "dyn", traits: ty.bounds.map((b) => printPath(b)) });
      case "impl": {
        const key = printTy(ty);
        return env.params.get(key) ?? tt.param(key);
      }
      case "adt":
        return this.resolvePath(ty.path, env, stdScope);
    }
  }

  private resolvePath(path: Path, env: TypeEnv, stdScope: boolean): RType {
    const tt = this.tt;
    const segs = path.segs;
    const first = segs[0];
    if (first.k === "qself") {
      // `<T as Trait>::Name`
      const self = this.resolve(first.self, env, stdScope);
      const name = segs[1]?.k === "ident" ? segs[1].name : "";
      const trait = first.trait ? lastName(first.trait) : "";
      return this.projection(self, trait, name, first.trait, env);
    }
    const names = segs.map((s) => (s.k === "ident" ? s.name : ""));
    const last = segs[segs.length - 1];
    if (last.k !== "ident") throw new Unsupported(`the type path ${printPath(path)}`);
    const rawArgs = (last.args ?? []).filter((a) => a.k !== "lifetime" && a.k !== "binding");
    const args = () =>
      rawArgs.map((a) => {
        if (a.k === "constArg") {
          if (a.value !== undefined) return tt.constVal(a.value);
          const bound = env.params.get(a.text);
          return bound ?? tt.constVal(this.evalConstExpr(a.text, env.src?.modPath ?? []));
        }
        return this.resolve(a as Ty, env, stdScope);
      });
    if (segs.length === 1) {
      const bound = env.params.get(last.name);
      if (bound) return bound;
      if (last.name === "Self") {
        if (env.self) return env.self;
        return env.params.get("Self") ?? tt.param("Self");
      }
    }
    if (names[0] === "Self" && segs.length === 2 && env.self) {
      // `Self::Item` in source: an associated type of the impl's self type.
      return this.projection(env.self, "", names[1], undefined, env);
    }
    // User types (not when resolving std field types).
    if (!stdScope) {
      const user = this.lookupUserAdt(names, env);
      if (user) return tt.adt(user, this.fillDefaults(user, args(), undefined, env));
      const alias = this.lookupUserAlias(names, env);
      if (alias) {
        const aliasEnv: TypeEnv = {
          params: new Map(alias.generics.filter((g) => g.kind !== "lifetime").map((g, i) => [g.name, args()[i]])),
          src: { modPath: alias.modPath },
        };
        return this.resolveText(alias.ty, aliasEnv);
      }
    }
    // `use` imports in source scope.
    let stdNames = names;
    if (env.src && !stdScope) {
      const imported = this.lookupUse(names[0], env.src.modPath);
      if (imported) stdNames = [...imported.split("::"), ...names.slice(1)];
    }
    const spec = this.lookupStdSpec(stdNames.filter((n) => n !== "crate" && n !== "self" && n !== "super"));
    if (spec) {
      const def = this.stdAdt(spec);
      return tt.adt(def, this.fillDefaults(def, args(), spec, env));
    }
    const aliasKey = [...this.stdAliasCandidates(stdNames)].find((k) => k in STD_ALIASES);
    if (aliasKey) {
      const params = STD_ALIAS_PARAMS[aliasKey] ?? [];
      const a = args();
      return this.resolveText(STD_ALIASES[aliasKey], { params: new Map(params.map((p, i) => [p, a[i]])) }, true);
    }
    if (segs.length === 1 && /^[A-Z]\w*$/.test(last.name) && last.name.length <= 2) return tt.param(last.name);
    throw new Unsupported(`the type \`${printPath(path)}\` (not a type of the program or a modelled std type)`);
  }

  private *stdAliasCandidates(names: string[]): Iterable<string> {
    const full = stdPath(names.join("::"));
    yield full;
    const last = names[names.length - 1];
    for (const k of Object.keys(STD_ALIASES)) if (k.endsWith(`::${last}`)) yield k;
  }

  private fillDefaults(def: AdtDef, args: RType[], spec: StdAdtSpec | undefined, env: TypeEnv): RType[] {
    if (args.length >= def.params.length) return args.slice(0, def.params.length);
    const out = [...args];
    for (let i = args.length; i < def.params.length; i++) {
      const d = spec?.defaults?.[def.params[i]];
      if (d) out.push(this.resolveText(d, { params: new Map() }, true));
      else out.push(this.tt.param(def.params[i]));
    }
    void env;
    return out;
  }

  /** The path a `use` in `modPath` (or, for simplicity, an enclosing module) imports as `name`. */
  private lookupUse(name: string, modPath: string[]): string | undefined {
    for (let n = modPath.length; n >= 0; n--) {
      const m = this.src.uses.get(modPath.slice(0, n).join("::"))?.get(name);
      if (m) return m;
    }
    return undefined;
  }

  private lookupUserAdt(names: string[], env: TypeEnv): AdtDef | undefined {
    let segs = names.filter((n) => n !== "crate" && n !== "self" && n !== "super");
    if (env.src && segs.length === 1) {
      const imported = this.lookupUse(segs[0], env.src.modPath);
      if (imported) segs = imported.split("::").filter((n) => n !== "crate" && n !== "self" && n !== "super");
    }
    const name = segs[segs.length - 1];
    const list = this.userAdts.get(name);
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) {
      // A single-segment std-looking path may still be std (`Option`): prefer user only if no
      // module path contradicts it.
      const prefix = segs.slice(0, -1);
      if (prefix.length && prefix[0] === "std") return undefined;
      return list[0].def;
    }
    const prefix = segs.slice(0, -1).join("::");
    const want = prefix || (env.src ? env.src.modPath.join("::") : "");
    return (list.find((e) => e.item.modPath.join("::") === want) ??
      list.find((e) => e.item.modPath.join("::").endsWith(prefix)) ?? list[0]).def;
  }

  private lookupUserAlias(names: string[], env: TypeEnv) {
    const name = names[names.length - 1];
    const list = this.src.aliases.filter((a) => a.name === name);
    if (list.length <= 1) return list[0];
    const mod = env.src?.modPath.join("::") ?? "";
    return list.find((a) => a.modPath.join("::") === mod) ?? list[0];
  }

  /** `<self as Trait>::name`: associated types of user impls and of modelled std traits. */
  projection(self: RType, trait: string, name: string, traitPath: Path | undefined, env: TypeEnv): RType {
    if (self.k === "param") return this.tt.param(`<${self.name} as ${trait}>::${name}`);
    for (const impl of this.impls) {
      if (trait && impl.traitName !== trait) continue;
      if (!impl.item.assocTypes.has(name)) continue;
      const m = new Map<string, RType>();
      if (!unify(impl.selfPattern, self, m)) continue;
      return this.resolveText(impl.item.assocTypes.get(name)!, {
        params: m,
        self,
        src: { modPath: impl.item.modPath },
      });
    }
    const std = stdProjection(this, self, trait, name, traitPath, env);
    if (std) return std;
    throw new Unsupported(`the associated type <${printTyShort(self)} as ${trait}>::${name}`);
  }

  /** The fn item type naming `path` (generic arguments resolved in `env`). */
  fnDefType(path: Path, env: TypeEnv): RType {
    const rp = this.resolvePathArgs(path, env);
    const key = `${printPath(rp.path)}${rp.qself ? `@${rp.qself.key}` : ""}<${
      rp.segArgs.map((a) => a.map((x) => x.key).join(",")).join("|")
    }>`;
    if (!this.fnDefs.has(key)) this.fnDefs.set(key, rp);
    return this.tt.intern({ k: "fnDef", fn: key, args: rp.segArgs.flat() });
  }

  /** Resolves every generic argument (and the qualified self type) of a value path. */
  resolvePathArgs(path: Path, env: TypeEnv): ResolvedPath {
    const segArgs = path.segs.map((s) => {
      if (s.k !== "ident" || !s.args) return [];
      return s.args.filter((a) => a.k !== "lifetime" && a.k !== "binding").map((a) => {
        if (a.k === "constArg") {
          if (a.value !== undefined) return this.tt.constVal(a.value);
          return env.params.get(a.text) ?? this.tt.constVal(this.evalConstExpr(a.text, []));
        }
        return this.resolve(a as Ty, env);
      });
    });
    const first = path.segs[0];
    let qself: RType | undefined;
    let traitArgs: RType[] = [];
    if (first.k === "qself") {
      qself = this.resolve(first.self, env);
      const tl = first.trait?.segs[first.trait.segs.length - 1];
      if (tl?.k === "ident" && tl.args) {
        traitArgs = tl.args.filter((a) => a.k !== "lifetime" && a.k !== "binding" && a.k !== "constArg")
          .map((a) => this.resolve(a as Ty, env));
      }
    }
    let implSelf: RType | undefined;
    const implFor = path.segs.find((s) => s.k === "implFor") as Extract<PathSeg, { k: "implFor" }> | undefined;
    if (implFor) implSelf = this.resolve(implFor.ty, env);
    const stripped: Path = {
      k: "path",
      global: path.global,
      segs: path.segs.map((s) => (s.k === "ident" ? { k: "ident", name: s.name } : s)),
    };
    return { path: stripped, orig: path, segArgs, qself, traitArgs, implSelf, env };
  }

  // ---------------------------------------------------------------------------------------------
  // Constants in types

  /** Evaluates a small const expression (literals, arithmetic, named consts) from source text. */
  evalConstExpr(text: string, modPath: string[]): bigint {
    const src = text.trim();
    let i = 0;
    const peek = () => src.slice(i).trimStart();
    const skip = () => {
      while (src[i] === " ") i++;
    };
    const atom = (): bigint => {
      skip();
      if (src[i] === "(") {
        i++;
        const v = expr();
        skip();
        i++;
        return v;
      }
      if (src[i] === "-") {
        i++;
        return -atom();
      }
      const m = /^(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|\d[\d_]*)(?:[iu](?:8|16|32|64|128|size))?/.exec(src.slice(i));
      if (m) {
        i += m[0].length;
        return BigInt(m[1].replace(/_/g, ""));
      }
      const id = /^[A-Za-z_][\w:]*/.exec(src.slice(i));
      if (id) {
        i += id[0].length;
        const name = id[0].split("::").pop()!;
        const maxMin = /^(u|i)(8|16|32|64|128|size)::(MAX|MIN)$/.exec(id[0]);
        if (maxMin) {
          const bits = BigInt(maxMin[2] === "size" ? 64 : +maxMin[2]);
          if (maxMin[1] === "u") return maxMin[3] === "MAX" ? (1n << bits) - 1n : 0n;
          return maxMin[3] === "MAX" ? (1n << (bits - 1n)) - 1n : -(1n << (bits - 1n));
        }
        const c = this.src.consts.find((k) => k.name === name && k.modPath.join("::") === modPath.join("::")) ??
          this.src.consts.find((k) => k.name === name);
        if (c && c.expr) return this.evalConstExpr(c.expr, c.modPath);
        const mir = [...this.constItems.values()].find((k) => lastName(k.name) === name);
        if (mir?.value.k === "int") return mir.value.value;
      }
      throw new Unsupported(`cannot evaluate the constant expression \`${text}\``);
    };
    const bin = (next: () => bigint, ops: string[]): () => bigint => () => {
      let v = next();
      for (;;) {
        const rest = peek();
        const op = ops.find((o) => rest.startsWith(o));
        if (!op) return v;
        i = src.length - rest.length + op.length;
        const r = next();
        v = op === "*"
          ? v * r
          : op === "/"
          ? v / r
          : op === "%"
          ? v % r
          : op === "+"
          ? v + r
          : op === "-"
          ? v - r
          : op === "<<"
          ? v << r
          : op === ">>"
          ? v >> r
          : op === "&"
          ? v & r
          : op === "|"
          ? v | r
          : v ^ r;
      }
    };
    const mulE = bin(atom, ["*", "/", "%"]);
    const addE = bin(mulE, ["+", "-"]);
    const shE = bin(addE, ["<<", ">>"]);
    const expr = bin(shE, ["&", "|", "^"]);
    const v = expr();
    if (peek().length) throw new Unsupported(`cannot evaluate the constant expression \`${text}\``);
    return v;
  }

  /** The user ADT definitions (for tests and diagnostics). */
  userAdtDefs(): AdtDef[] {
    return [...this.userAdts.values()].flat().map((e) => e.def);
  }

  /** The user ADT named `name` (optionally in `modPath`). */
  userAdt(name: string): AdtDef | undefined {
    return this.userAdts.get(name)?.[0]?.def;
  }

  /** Fails with a clear message when the program has no `main`. */
  mainBody(): Body {
    const b = this.bodies.get("main");
    if (!b) throw new InterpError("Unsupported", "the MIR has no `fn main`");
    return b;
  }
}

/** A value path with its generic arguments resolved: what a call or fn item names. */
export interface ResolvedPath {
  /** The path without generic arguments. */
  path: Path;
  /** The path as written (with generic arguments). */
  orig: Path;
  /** Resolved generic arguments of each segment. */
  segArgs: RType[][];
  /** The self type of `<T as Trait>::…`. */
  qself?: RType;
  traitArgs: RType[];
  /** The type of a `<impl T>` segment. */
  implSelf?: RType;
  /** The environment the path was resolved in (to resolve the `Type::` prefix of inherent calls). */
  env: TypeEnv;
}

/** Explicit (type and const) generic parameter names. */
function explicitParams(g: GenericParam[]): string[] {
  return g.filter((p) => p.kind !== "lifetime").map((p) => p.name);
}

/** The distinct `impl Trait` parameter types of a body, in parameter order. */
function uniqueImplTraitParams(body: Body): string[] {
  const out: string[] = [];
  const visit = (t: Ty) => {
    if (t.k === "impl") {
      const key = printTy(t);
      if (!out.includes(key)) out.push(key);
    } else if (t.k === "ref" || t.k === "ptr") visit(t.to);
  };
  for (const p of body.params) visit(p.ty);
  return out;
}

/** `file:l:c: l:c` key of a span. */
export function spanKey(s: { file: string; line: number; col: number; endLine: number; endCol: number }): string {
  return `${s.file}:${s.line}:${s.col}: ${s.endLine}:${s.endCol}`;
}

function lastName(p: Path): string {
  const l = p.segs[p.segs.length - 1];
  return l.k === "ident" ? l.name : "";
}

function adtNameOf(t: Ty): string {
  return t.k === "adt" ? lastName(t.path) : "";
}

/** Splits on commas at nesting depth 0. */
export function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = "";
  for (const ch of s) {
    if ("<([{".includes(ch)) depth++;
    if (">)]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** 0-based text offset of a 1-based line and column (columns count code points). */
export function offsetOf(text: string, line: number, col: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  let c = 1;
  while (c < col && off < text.length) {
    const code = text.charCodeAt(off);
    off += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    c++;
  }
  return off;
}

/** Matches a type pattern containing `param`s against a concrete type, extending `env`. */
export function unify(pattern: RType, t: RType, env: Map<string, RType>): boolean {
  if (pattern === t) return true;
  switch (pattern.k) {
    case "param": {
      const bound = env.get(pattern.name);
      if (bound) return bound === t;
      env.set(pattern.name, t);
      return true;
    }
    case "tuple":
      return t.k === "tuple" && t.elems.length === pattern.elems.length &&
        pattern.elems.every((e, i) => unify(e, t.elems[i], env));
    case "array":
      if (t.k !== "array" || !unify(pattern.elem, t.elem, env)) return false;
      if (pattern.lenParam !== undefined) {
        const bound = env.get(pattern.lenParam);
        if (bound) return bound.k === "const" && Number(bound.value) === t.len;
        env.set(pattern.lenParam, { k: "const", value: BigInt(t.len), key: `#${t.len}` });
        return true;
      }
      return pattern.len === t.len;
    case "slice":
      return t.k === "slice" && unify(pattern.elem, t.elem, env);
    case "ref":
    case "ptr":
      return t.k === pattern.k && t.mut === pattern.mut && unify(pattern.to, t.to, env);
    case "adt":
      return t.k === "adt" && t.def === pattern.def && pattern.args.every((a, i) => unify(a, t.args[i], env));
    case "closure":
      return t.k === "closure" && t.def === pattern.def && pattern.args.every((a, i) => unify(a, t.args[i], env));
    case "fnPtr":
      return t.k === "fnPtr" && t.inputs.length === pattern.inputs.length &&
        pattern.inputs.every((a, i) => unify(a, t.inputs[i], env)) && unify(pattern.output, t.output, env);
    default:
      return pattern.key === t.key;
  }
}

function printTyShort(t: RType): string {
  return t.key;
}

/** Associated types of std traits for modelled std types. */
function stdProjection(
  prog: Program,
  self: RType,
  trait: string,
  name: string,
  traitPath: Path | undefined,
  env: TypeEnv,
): RType | undefined {
  const tt = prog.tt;
  void traitPath;
  void env;
  if ((trait === "Iterator" || trait === "" || trait === "IntoIterator") && name === "Item") {
    return iteratorItem(prog, self);
  }
  if (trait === "IntoIterator" && name === "IntoIter") return self;
  if (trait === "Deref" && name === "Target") {
    if (self.k === "adt") {
      const n = self.def.name;
      if (n === "Vec") return tt.slice(self.args[0]);
      if (n === "String") return tt.str;
      if (
        ["Box", "Arc", "Rc", "MutexGuard", "Ref", "RefMut", "RwLockReadGuard", "RwLockWriteGuard", "ManuallyDrop"]
          .includes(n)
      ) {
        return self.args[0];
      }
    }
    if (self.k === "ref") return self.to;
  }
  if ((trait === "FnOnce" || trait === "Fn" || trait === "FnMut") && name === "Output") {
    if (self.k === "fnPtr") return self.output;
    if (self.k === "closure") {
      const body = prog.bodies.get(self.def.body);
      if (body) {
        return prog.resolve(body.ret, { params: new Map(self.def.params.map((p, i) => [p, self.args[i]])) });
      }
    }
  }
  if (name === "Output" && (self.k === "int" || self.k === "float")) return self;
  return undefined;
}

/** The item type of a modelled std iterator (or iterable). */
export function iteratorItem(prog: Program, t: RType): RType | undefined {
  const tt = prog.tt;
  if (t.k === "ref" && t.to.k === "adt") {
    const n = t.to.def.name;
    if (n === "Vec") return tt.ref(t.to.args[0], t.mut);
    if (n === "Receiver") return t.to.args[0];
  }
  if (t.k === "ref" && (t.to.k === "array" || t.to.k === "slice")) return tt.ref(t.to.elem, t.mut);
  if (t.k === "ref") return iteratorItem(prog, t.to);
  if (t.k === "array") return t.elem;
  if (t.k !== "adt") return undefined;
  const a = t.args;
  switch (t.def.name) {
    case "Iter":
      return t.def.path.includes("mpsc") ? a[0] : tt.ref(a[0]);
    case "IterMut":
      return tt.ref(a[0], true);
    case "Range":
    case "RangeInclusive":
    case "RangeFrom":
      return a[0];
    case "IntoIter":
    case "Drain":
      return a[0];
    case "TryIter":
    case "Receiver":
      return a[0];
    case "Vec":
      return a[0];
    case "Chars":
      return tt.char;
    case "CharIndices":
      return tt.tuple([tt.usize, tt.char]);
    case "Bytes":
      return tt.u8;
    case "Lines":
    case "SplitWhitespace":
    case "Split":
      return tt.ref(tt.str);
    case "Windows":
    case "Chunks":
    case "ChunksExact":
      return tt.ref(tt.slice(a[0]));
    case "ChunksMut":
      return tt.ref(tt.slice(a[0]), true);
    case "Enumerate": {
      const inner = iteratorItem(prog, a[0]);
      return inner && tt.tuple([tt.usize, inner]);
    }
    case "Rev":
    case "Skip":
    case "Take":
    case "StepBy":
    case "Filter":
    case "TakeWhile":
    case "SkipWhile":
    case "Inspect":
    case "Cycle":
      return iteratorItem(prog, a[0]);
    case "Cloned":
    case "Copied": {
      const inner = iteratorItem(prog, a[0]);
      return inner && (inner.k === "ref" ? inner.to : inner);
    }
    case "Zip": {
      const x = iteratorItem(prog, a[0]), y = iteratorItem(prog, a[1]);
      return x && y && tt.tuple([x, y]);
    }
    case "Chain":
      return iteratorItem(prog, a[0]);
    case "Map": {
      return prog.projection(a[1], "FnOnce", "Output", undefined, { params: new Map() });
    }
    case "FilterMap": {
      const out = prog.projection(a[1], "FnOnce", "Output", undefined, { params: new Map() });
      return out.k === "adt" && out.def.name === "Option" ? out.args[0] : undefined;
    }
    case "Repeat":
      return a[0];
    case "Once":
      return a[0];
    case "Empty":
      return a[0];
    case "Args":
      return prog.stdAdtByPath("std::string::String")
        ? tt.adt(prog.stdAdtByPath("std::string::String")!, [])
        : undefined;
  }
  return undefined;
}
