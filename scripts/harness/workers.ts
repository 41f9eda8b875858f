/**
 * A pool of Deno Workers with a wall-clock limit per task. A worker that exceeds the limit or dies
 * is terminated and replaced (lazily, by the next task); its task reports `timeout` or `crash`.
 *
 * Worker protocol: a worker posts `{ type: "ready" }` once its modules are loaded (the wall-clock
 * limit starts after that); the pool posts `{ task }`; the worker answers `{ type: "done", value }` or
 * `{ type: "crash", message }`, and may post `{ type: "progress", data }` any number of times before
 * (the last progress is reported with a timeout or crash, e.g. the schedule that was running).
 */

/** The result of one task. */
export type PoolReply<R> =
  | { kind: "done"; value: R }
  | { kind: "timeout"; progress?: unknown }
  | { kind: "crash"; message: string; progress?: unknown };

/** Runs tasks in at most `size` module workers loaded from `url`. */
export class WorkerPool<T, R> {
  #idle: Worker[] = [];
  #live = 0;
  #waiters: (() => void)[] = [];
  #closed = false;
  #spawning: Promise<void> = Promise.resolve();

  constructor(readonly url: string, readonly size: number) {
    if (size < 1) throw new RangeError("a pool needs at least one worker");
  }

  async #acquire(): Promise<Worker> {
    for (;;) {
      if (this.#closed) throw new Error("the worker pool is closed");
      const w = this.#idle.pop();
      if (w) return w;
      if (this.#live < this.size) {
        this.#live++;
        // Workers start one at a time: under `deno test`, workers started together sometimes
        // never finish loading (seen with Deno 2.9).
        const prev = this.#spawning;
        let done!: () => void;
        this.#spawning = new Promise<void>((r) => done = r);
        try {
          await prev;
          return await this.#spawn();
        } catch (e) {
          this.#live--;
          this.#waiters.shift()?.();
          throw e;
        } finally {
          done();
        }
      }
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  /** Starts a worker and waits for its `ready` message. */
  #spawn(): Promise<Worker> {
    const w = new Worker(this.url, { type: "module" });
    return new Promise<Worker>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error("the worker did not start within 120 s")), 120_000);
      const fail = (e: Error) => {
        clearTimeout(timer);
        w.onmessage = w.onerror = null;
        w.terminate();
        reject(e);
      };
      w.onmessage = (e: MessageEvent) => {
        if ((e.data as { type: string }).type !== "ready") {
          return fail(new Error("the worker spoke before it was ready"));
        }
        clearTimeout(timer);
        w.onmessage = w.onerror = null;
        resolve(w);
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        fail(new Error(`the worker failed to start: ${e.message}`));
      };
    });
  }

  #release(w: Worker, healthy: boolean) {
    if (healthy && !this.#closed) this.#idle.push(w);
    else {
      w.terminate();
      this.#live--;
    }
    this.#waiters.shift()?.();
  }

  /** Runs `task` in a worker; never rejects for worker failures (they are replies). */
  async run(task: T, timeoutMs: number, onProgress?: (data: unknown) => void): Promise<PoolReply<R>> {
    let w: Worker;
    try {
      w = await this.#acquire();
    } catch (e) {
      return { kind: "crash", message: (e as Error).message };
    }
    return await new Promise<PoolReply<R>>((resolve) => {
      let progress: unknown;
      let settled = false;
      const finish = (reply: PoolReply<R>, healthy: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.onmessage = null;
        w.onerror = null;
        w.onmessageerror = null;
        this.#release(w, healthy);
        resolve(reply);
      };
      const timer = setTimeout(() => finish({ kind: "timeout", progress }, false), timeoutMs);
      w.onmessage = (e: MessageEvent) => {
        const m = e.data as { type: string; value?: R; message?: string; data?: unknown };
        if (m.type === "progress") {
          progress = m.data;
          onProgress?.(m.data);
        } else if (m.type === "done") finish({ kind: "done", value: m.value as R }, true);
        else finish({ kind: "crash", message: m.message ?? "the worker failed", progress }, false);
      };
      w.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        finish({ kind: "crash", message: e.message || "the worker died", progress }, false);
      };
      w.onmessageerror = () =>
        finish({ kind: "crash", message: "unreadable message from the worker", progress }, false);
      w.postMessage({ task });
    });
  }

  /** Terminates every worker. */
  close() {
    this.#closed = true;
    for (const w of this.#idle) w.terminate();
    this.#idle = [];
    for (const wake of this.#waiters.splice(0)) wake();
  }
}
