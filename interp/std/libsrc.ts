/**
 * Where the pinned rustc's (1.95.0, commit 59807616e) standard library sources live in its panic
 * locations. Panics that std raises inside its own code (not `#[track_caller]`) print these
 * paths; the line numbers used with it were measured from native runs of that rustc.
 */
export const RUST_LIBRARY = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library";
