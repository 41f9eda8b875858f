/**
 * A tokenizer for Rust source, just precise enough to find items: comments, every literal form
 * (raw strings, byte strings, chars versus lifetimes), identifiers and punctuation, with positions
 * counted the way rustc prints spans (1-based line, 1-based column in Unicode scalar values).
 */

/** Token kinds. */
export type TokKind = "ident" | "lifetime" | "literal" | "punct";

/** One token; `pos` is the UTF-16 offset in the file text. */
export interface Tok {
  kind: TokKind;
  text: string;
  pos: number;
  end: number;
  line: number;
  col: number;
}

/** A tokenized source file. */
export interface Lexed {
  file: string;
  text: string;
  toks: Tok[];
}

const PUNCT3 = ["...", "..=", "<<=", ">>="];
const PUNCT2 = [
  "::",
  "->",
  "=>",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "^=",
  "&=",
  "|=",
  "..",
];

/** Tokenizes `text`; unknown characters become one-character punctuation, never an exception. */
export function lex(text: string, file: string): Lexed {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  // Column in code points: count astral characters on the current line before `at`.
  const colAt = (at: number): number => {
    let col = 1;
    for (let k = lineStart; k < at; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdbff) k++;
      col++;
    }
    return col;
  };
  const push = (kind: TokKind, start: number, end: number, l: number, c: number) => {
    toks.push({ kind, text: text.slice(start, end), pos: start, end, line: l, col: c });
  };
  const advanceLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const start = i;
      let depth = 0;
      while (i < text.length) {
        if (text[i] === "/" && text[i + 1] === "*") {
          depth++;
          i += 2;
        } else if (text[i] === "*" && text[i + 1] === "/") {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else i++;
      }
      advanceLines(start, i);
      continue;
    }
    const start = i;
    const l = line;
    const col = colAt(i);
    // Raw strings and byte/C strings: r"…", r#"…"#, br"…", b"…", c"…", cr#"…"#.
    const rawM = /^(?:b|c)?r(#*)"/.exec(text.slice(i, i + 40));
    if (rawM) {
      const close = '"' + rawM[1];
      const endIdx = text.indexOf(close, i + rawM[0].length);
      i = endIdx < 0 ? text.length : endIdx + close.length;
      advanceLines(start, i);
      push("literal", start, i, l, col);
      continue;
    }
    if (c === '"' || ((c === "b" || c === "c") && text[i + 1] === '"')) {
      i += c === '"' ? 1 : 2;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      advanceLines(start, Math.min(i, text.length));
      push("literal", start, Math.min(i, text.length), l, col);
      continue;
    }
    if (c === "'" || (c === "b" && text[i + 1] === "'")) {
      const q = c === "'" ? i : i + 1;
      // A char literal is '\…' or 'x' (one scalar value) followed by a quote; otherwise a lifetime.
      if (text[q + 1] === "\\") {
        i = q + 2;
        while (i < text.length && text[i] !== "'" && text[i] !== "\n") i++;
        i++;
        push("literal", start, i, l, col);
        continue;
      }
      const cp = text.codePointAt(q + 1) ?? 0;
      const w = cp > 0xffff ? 2 : 1;
      if (text[q + 1 + w] === "'") {
        i = q + 2 + w;
        push("literal", start, i, l, col);
        continue;
      }
      if (c === "'") {
        i++;
        while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
        push("lifetime", start, i, l, col);
        continue;
      }
    }
    if (/[A-Za-z_]/.test(c) || c.charCodeAt(0) > 0x7f) {
      if (text.startsWith("r#", i) && /[A-Za-z_]/.test(text[i + 2] ?? "")) i += 2;
      while (i < text.length && (/[A-Za-z0-9_]/.test(text[i]) || text.charCodeAt(i) > 0x7f)) i++;
      if (i === start) i++;
      push("ident", start, i, l, col);
      continue;
    }
    if (/[0-9]/.test(c)) {
      i++;
      while (i < text.length) {
        const d = text[i];
        if (/[A-Za-z0-9_]/.test(d)) i++;
        else if (d === "." && /[0-9]/.test(text[i + 1] ?? "") && !text.slice(start, i).includes(".")) i++;
        else if ((d === "+" || d === "-") && /[eE]$/.test(text.slice(start, i)) && !/^0x/i.test(text.slice(start, i))) {
          i++;
        } else break;
      }
      push("literal", start, i, l, col);
      continue;
    }
    const p3 = PUNCT3.find((p) => text.startsWith(p, i));
    const p = p3 ?? PUNCT2.find((p) => text.startsWith(p, i)) ?? c;
    i += p.length;
    push("punct", start, i, l, col);
  }
  return { file, text, toks };
}
