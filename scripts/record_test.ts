/**
 * The recorder writes atomically: killing it at any moment leaves every expectation file either
 * as it was or as recorded, never half-written. Needs the pinned rustc (skipped, visibly, without).
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { rustcInfo } from "./rustc.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const info = await rustcInfo();
const pinned = info.ok && info.release === "1.95.0";

Deno.test({
  name: `record: killed mid-run, every file is old or new${
    pinned ? "" : " (skipped: the pinned rustc 1.95.0 is not installed)"
  }`,
  ignore: !pinned,
  fn: async () => {
    const work = await Deno.makeTempDir({ prefix: "fdc-record-kill-" });
    try {
      const root = join(work, "conformance");
      await Deno.mkdir(join(root, "pipes"), { recursive: true });
      await Deno.mkdir(join(root, "common"));
      await Deno.copyFile(join(ROOT, "conformance/common/sys.rs"), join(root, "common/sys.rs"));
      const names = ["basic_write_read", "fionread_after_writes", "dup_shares_offset_nonblock"];
      const cases = names.filter((n) => {
        try {
          Deno.statSync(join(ROOT, "conformance/pipes", `${n}.rs`));
          return true;
        } catch {
          return false;
        }
      });
      assert.ok(cases.length >= 1);
      const fresh = new Map<string, string>();
      for (const n of cases) {
        for (const ext of ["rs", "mir", "stdout", "stderr", "exit"]) {
          await Deno.copyFile(join(ROOT, "conformance/pipes", `${n}.${ext}`), join(root, "pipes", `${n}.${ext}`));
        }
        for (const ext of ["stdout", "stderr", "exit", "mir"]) {
          fresh.set(`${n}.${ext}`, Deno.readTextFileSync(join(root, "pipes", `${n}.${ext}`)));
          // The "old" recording the killed run may or may not have replaced.
          Deno.writeTextFileSync(join(root, "pipes", `${n}.${ext}`), ext === "exit" ? "7\n" : `OLD ${ext}\n`);
        }
      }
      for (const delayMs of [150, 600, 1200, 2500]) {
        const child = new Deno.Command(Deno.execPath(), {
          args: ["run", "-A", join(ROOT, "scripts/record.ts"), "--root", root, "--runs", "2"],
          stdout: "null",
          stderr: "null",
        }).spawn();
        await new Promise((r) => setTimeout(r, delayMs));
        try {
          child.kill("SIGKILL");
        } catch { /* finished already */ }
        await child.status;
        for (const n of cases) {
          for (const ext of ["stdout", "stderr", "exit", "mir"]) {
            const text = Deno.readTextFileSync(join(root, "pipes", `${n}.${ext}`));
            const old = ext === "exit" ? "7\n" : `OLD ${ext}\n`;
            assert.ok(
              text === old || text === fresh.get(`${n}.${ext}`),
              `${n}.${ext} half-written after ${delayMs} ms`,
            );
          }
        }
      }
      // A complete run afterwards cleans up stale temporaries and records everything.
      const done = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", join(ROOT, "scripts/record.ts"), "--root", root, "--runs", "2"],
        stdout: "piped",
        stderr: "piped",
      }).output();
      assert.equal(done.code, 0, new TextDecoder().decode(done.stdout) + new TextDecoder().decode(done.stderr));
      for (const n of cases) {
        for (const ext of ["stdout", "stderr", "exit", "mir"]) {
          assert.equal(Deno.readTextFileSync(join(root, "pipes", `${n}.${ext}`)), fresh.get(`${n}.${ext}`));
        }
      }
      const leftovers = [...Deno.readDirSync(join(root, "pipes"))].filter((e) => e.name.includes(".tmp-"));
      assert.deepEqual(leftovers, []);
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
});
