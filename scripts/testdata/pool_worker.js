// A pool worker for scripts/harness/workers_test.ts (plain JS: `deno test` type-checks TS workers
// on every spawn). Tasks: "echo:X" answers X; "hang" never answers; "crash" dies; others fail.
self.onmessage = (e) => {
  const t = e.data.task;
  if (t.startsWith("echo:")) self.postMessage({ type: "done", value: t.slice(5) });
  else if (t === "hang") {
    self.postMessage({ type: "progress", data: "hanging" });
    for (;;) { /* spin until terminated */ }
  } else if (t === "crash") {
    setTimeout(() => {
      throw new Error("boom in worker");
    });
  } else self.postMessage({ type: "crash", message: `unknown task ${t}` });
};
self.postMessage({ type: "ready" });
