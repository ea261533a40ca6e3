import { describe, it, expect } from "vitest";
import { Writable } from "node:stream";
import { writeChunk } from "../../src/write/stream.js";

describe("writeChunk", () => {
  it("leaves no listener behind after waiting for drain, however often it waits", async () => {
    // A slow reader: every write fills the buffer, so every writeChunk waits for 'drain'.
    const out = new Writable({ highWaterMark: 1, write: (_c, _e, cb) => setImmediate(cb) });
    const before = { error: out.listenerCount("error"), drain: out.listenerCount("drain") };
    for (let i = 0; i < 50; i++) await writeChunk(out, "x".repeat(10));
    expect(out.listenerCount("error")).toBe(before.error);
    expect(out.listenerCount("drain")).toBe(before.drain);
  });
  it("still rejects when the stream fails while it waits", async () => {
    const out = new Writable({ highWaterMark: 1, write: (_c, _e, cb) => setImmediate(() => cb(new Error("EPIPE"))) });
    out.on("error", () => {}); // the stream's own error is reported through writeChunk
    await expect(writeChunk(out, "xx")).rejects.toThrow("EPIPE");
  });
});
