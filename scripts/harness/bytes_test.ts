import assert from "node:assert/strict";
import { decodeExact, encodeExact } from "./bytes.ts";

Deno.test("decodeExact/encodeExact round-trip any bytes, and valid UTF-8 decodes as text", () => {
  const samples = [
    new TextEncoder().encode("héllo, wörld ✓ 😀\n"),
    new Uint8Array([0x61, 0xff, 0x62, 0xc3, 0x28, 0xe2, 0x82, 0x00, 0xf0, 0x9f, 0x98]),
    new Uint8Array(Array.from({ length: 256 }, (_, i) => i)),
  ];
  for (const b of samples) assert.deepEqual(encodeExact(decodeExact(b)), b);
  assert.equal(decodeExact(samples[0]), "héllo, wörld ✓ 😀\n");
  assert.notEqual(decodeExact(new Uint8Array([0xff])), decodeExact(new Uint8Array([0xfe])));
  for (let k = 0; k < 300; k++) {
    const b = new Uint8Array(1 + (k % 40)).map(() => Math.floor(Math.random() * 256));
    assert.deepEqual(encodeExact(decodeExact(b)), b);
  }
});
