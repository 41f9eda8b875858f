import assert from "node:assert/strict";
import { engineCommandLine, runProcess, shellQuote } from "./native.ts";

const P = { mir: "conformance/a/b c.mir", rs: "conformance/a/b c.rs", case: "a/b c" };

Deno.test("engine command: placeholders are replaced by quoted values; no placeholder appends the MIR path", () => {
  assert.equal(engineCommandLine("my-interp {mir}", P), "my-interp 'conformance/a/b c.mir'");
  assert.equal(
    engineCommandLine("x --src {rs} --id {case} {mir}", P),
    "x --src 'conformance/a/b c.rs' --id 'a/b c' 'conformance/a/b c.mir'",
  );
  assert.equal(engineCommandLine("my-interp --fast", P), "my-interp --fast 'conformance/a/b c.mir'");
  assert.equal(shellQuote("it's"), `'it'\\''s'`);
  assert.equal(shellQuote("plain/path.mir"), "plain/path.mir");
});

Deno.test("runProcess: feeds stdin, captures output and status, kills the process group on timeout", async () => {
  const r = await runProcess("sh", ["-c", "cat; echo err >&2; exit 7"], {
    stdin: new TextEncoder().encode("in\n"),
    timeoutMs: 10_000,
  });
  assert.deepStrictEqual(r, { stdout: "in\n", stderr: "err\n", exit: 7, timedOut: false });
  const t0 = performance.now();
  const t = await runProcess("sh", ["-c", "sleep 30 & sleep 30; wait"], { timeoutMs: 200 });
  assert.equal(t.timedOut, true);
  assert.equal(t.exit, 128 + 9);
  assert.ok(performance.now() - t0 < 10_000);
  const s = await runProcess("sh", ["-c", "kill -ABRT $$"], { timeoutMs: 10_000 });
  assert.equal(s.exit, 134);
});
