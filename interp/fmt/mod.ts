/**
 * The formatting leaf library: rustc 1.95's `fmt::Arguments` template decoding, Rust-exact
 * formatting of primitive values, padding helpers, and the Debug builders. Pure and memory-free.
 */

export * from "./spec.ts";
export * from "./template.ts";
export * from "./pad.ts";
export * from "./int.ts";
export * from "./flt2dec.ts";
export * from "./float.ts";
export * from "./escape.ts";
export * from "./text.ts";
export * from "./pointer.ts";
export * from "./builders.ts";
export * from "./primitive.ts";
