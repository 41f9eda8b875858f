/**
 * The one list of output normalisations, applied equally to native recordings and to every engine.
 *
 * Rust 1.95 prints the OS thread id in panic and stack-overflow messages
 * (`thread 'main' (12345) panicked at …`); it differs between runs, so it becomes `(TID)`.
 * Nothing else is normalised: a case whose output needs another filter must be rewritten.
 */

/** One normalisation rule: a name for reports, a pattern and its replacement. */
export interface Filter {
  name: string;
  pattern: RegExp;
  replacement: string;
}

/** Every filter, in application order. */
export const FILTERS: readonly Filter[] = [
  { name: "thread-id", pattern: /^thread '([^']*)' \(\d+\) /gm, replacement: "thread '$1' (TID) " },
];

/** Applies every filter to `text`; also reports which filters changed something. */
export function normalize(text: string): { text: string; fired: string[] } {
  const fired: string[] = [];
  for (const f of FILTERS) {
    const next = text.replace(f.pattern, f.replacement);
    if (next !== text) fired.push(f.name);
    text = next;
  }
  return { text, fired };
}

/** `normalize(text).text`. */
export function normalized(text: string): string {
  return normalize(text).text;
}
