/** The reference-counted handle to a description that fds and blocked operations hold. */

import { InternalError } from "../errors.ts";
import type { DescRef, FileDescription, IoCtx } from "./api.ts";

/** A counted reference to `desc`; the first holder gets it from `new DescHandle(desc)` (count 1). */
export class DescHandle<D extends FileDescription = FileDescription> implements DescRef<D> {
  private count = 1;

  constructor(readonly desc: D) {}

  /** Number of live references (fds plus blocked operations). */
  get references(): number {
    return this.count;
  }

  /** Adds a reference and returns this handle. */
  retain(): DescHandle<D> {
    if (this.count <= 0) throw new InternalError(`retain of released description (${this.desc.kind})`);
    this.count++;
    return this;
  }

  /** Drops a reference; the last one releases the description. */
  drop(ctx: IoCtx): void {
    if (this.count <= 0) throw new InternalError(`drop of released description (${this.desc.kind})`);
    if (--this.count === 0) this.desc.release(ctx);
  }
}
