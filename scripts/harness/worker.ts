/**
 * Pool worker of `deno task conformance`: runs one case per message in the interpreter.
 *
 * Protocol (see workers.ts): posts `{ type: "ready" }` once loaded; receives `{ task: InterpTask }`; posts `{ type: "progress", data: seed }`
 * before each schedule, then `{ type: "done", value: InterpCaseRun }`, or `{ type: "crash", message }`
 * if the harness itself threw.
 */

import { type InterpTask, runInterpCase } from "./interp.ts";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ task: InterpTask }>) => void) | null;
  postMessage(m: unknown): void;
};

scope.onmessage = (e) => {
  try {
    const value = runInterpCase(e.data.task, (seed) => scope.postMessage({ type: "progress", data: seed }));
    scope.postMessage({ type: "done", value });
  } catch (err) {
    scope.postMessage({ type: "crash", message: (err as Error)?.stack ?? String(err) });
  }
};

scope.postMessage({ type: "ready" });
