/**
 * Program output as text without losing bytes. Valid UTF-8 decodes as usual; every byte of an
 * invalid sequence becomes U+DC80..U+DCFF (like Python's `surrogateescape`), which valid UTF-8
 * never produces, so `encodeExact(decodeExact(b))` gives back `b` exactly. Expectation files hold
 * the raw bytes; comparisons and diffs work on these strings.
 */

/** Decodes bytes to a string, escaping invalid UTF-8 bytes as lone surrogates. */
export function decodeExact(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      // Fast run of ASCII.
      let j = i + 1;
      while (j < n && bytes[j] < 0x80) j++;
      out += String.fromCharCode(...bytes.subarray(i, Math.min(j, i + 8192)));
      i = Math.min(j, i + 8192);
      continue;
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len > 0 && i + len <= n) {
      const s = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      try {
        out += s.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch { /* invalid: escape the lead byte below */ }
    }
    out += String.fromCharCode(0xdc00 + b);
    i++;
  }
  return out;
}

/** Encodes a string from `decodeExact` back to the original bytes. */
export function encodeExact(text: string): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (prev >= 0xd800 && prev <= 0xdbff) continue; // part of a real surrogate pair
      parts.push(enc.encode(text.slice(start, i)), new Uint8Array([c - 0xdc00]));
      start = i + 1;
    }
  }
  parts.push(enc.encode(text.slice(start)));
  const out = new Uint8Array(parts.reduce((k, p) => k + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Reads a file's bytes as `decodeExact` text. */
export function readExact(path: string): string {
  return decodeExact(Deno.readFileSync(path));
}
