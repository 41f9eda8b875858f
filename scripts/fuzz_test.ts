/** A short fuzz run (the full one is `deno task fuzz --inputs 100000`): no finding allowed. */

import assert from "node:assert/strict";

Deno.test("fuzz: 80 mutated MIR files and syscall tapes give only documented outcomes", async () => {
  const out = await Deno.makeTempDir({ prefix: "fdc-fuzz-test-" });
  try {
    const r = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "scripts/fuzz.ts", "--inputs", "80", "--seed", "7", "--native-every", "0", "--out", out],
      cwd: new URL("..", import.meta.url).pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(r.stdout) + new TextDecoder().decode(r.stderr);
    assert.equal(r.code, 0, text);
    assert.match(text, /fuzz: 80 inputs in /);
    assert.match(text, /fuzz: 0 distinct findings/);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});
